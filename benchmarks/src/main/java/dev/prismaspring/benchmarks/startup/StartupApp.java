package dev.prismaspring.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The minimal application the start-up benchmark launches, once per measurement, in a JVM of its
 * own: Boot's auto-configuration with a {@code DataSource} and a {@code JdbcTemplate}, and
 * whichever migration tool the command line leaves on ({@code prisma.enabled},
 * {@code spring.flyway.enabled}). When its context is ready it prints one line for the driver,
 * {@code STARTUP ready=<ms since the JVM started> migrator=<ms> applied=<rows in the history>},
 * and exits.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StartupApp {

	/** The line the driver reads. */
	public static final String REPORT = "STARTUP";

	/**
	 * @param args {@code --startup.history-table=...} (the table whose rows are counted, or
	 * {@code none}) and any other Spring Boot properties
	 */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(StartupApp.class);
		BufferingApplicationStartup steps = new BufferingApplicationStartup(10_000);
		application.setApplicationStartup(steps);
		ConfigurableApplicationContext context = application.run(args);
		long ready = ManagementFactory.getRuntimeMXBean().getUptime();
		String table = context.getEnvironment().getRequiredProperty("startup.history-table");
		long applied = "none".equals(table) ? 0
				: context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM " + table, Long.class);
		String migrator = context.getEnvironment().getProperty("startup.migrator-bean", "");
		System.out.println(String.format(Locale.ROOT, "%s ready=%d migrator=%d applied=%d", REPORT, ready,
				instantiationMillis(steps, migrator), applied));
		context.close();
		System.exit(0);
	}

	/** How long creating the named bean took, its dependencies included (the migration runs in it). */
	private static long instantiationMillis(BufferingApplicationStartup steps, String beanName) {
		if (beanName.isEmpty()) {
			return 0;
		}
		return steps.getBufferedTimeline()
			.getEvents()
			.stream()
			.filter((event) -> "spring.beans.instantiate".equals(event.getStartupStep().getName()))
			.filter((event) -> hasTag(event.getStartupStep(), "beanName", beanName))
			.mapToLong((event) -> event.getDuration().toMillis())
			.max()
			.orElseThrow(() -> new IllegalStateException("No bean '" + beanName + "' was created"));
	}

	private static boolean hasTag(StartupStep step, String key, String value) {
		for (StartupStep.Tag tag : step.getTags()) {
			if (key.equals(tag.getKey()) && value.equals(tag.getValue())) {
				return true;
			}
		}
		return false;
	}

}
