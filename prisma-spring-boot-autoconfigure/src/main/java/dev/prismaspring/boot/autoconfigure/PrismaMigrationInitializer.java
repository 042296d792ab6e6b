package dev.prismaspring.boot.autoconfigure;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;

import dev.prismaspring.migrate.command.DevResult;
import dev.prismaspring.migrate.deploy.DeployResult;
import dev.prismaspring.schema.PrismaException;

/**
 * Runs the migrations when the application starts, before any bean that uses the database
 * (see {@link PrismaDatabaseInitializerDetector}): the {@link PrismaMigrationStrategy} when there
 * is one, else what {@code prisma.migrate.mode} says.
 */
public class PrismaMigrationInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(PrismaMigrationInitializer.class);

	private final PrismaMigrate migrate;

	private final PrismaMigrationStrategy strategy;

	private final PrismaProperties properties;

	private final Environment environment;

	/**
	 * @param migrate the migration commands
	 * @param strategy a strategy replacing the mode, or {@code null}
	 * @param properties the configuration
	 * @param environment the environment, for the active profiles
	 */
	public PrismaMigrationInitializer(PrismaMigrate migrate, PrismaMigrationStrategy strategy,
			PrismaProperties properties, Environment environment) {
		this.migrate = migrate;
		this.strategy = strategy;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.strategy != null) {
			this.strategy.migrate(this.migrate);
			return;
		}
		MigrateMode mode = this.properties.getMigrate().getMode();
		if (mode == MigrateMode.DEPLOY) {
			DeployResult result = this.migrate.deploy();
			if (!result.applied().isEmpty()) {
				logger.info("Applied " + result.applied().size() + " migration(s) to database `"
						+ this.migrate.database().migrationDatabase().name() + "`: " + String.join(", ", result.applied()));
			}
		}
		else if (mode == MigrateMode.VALIDATE) {
			this.migrate.validate();
		}
		else if (mode == MigrateMode.DEV) {
			refuseInProduction();
			DevResult result = this.migrate.dev(Path.of(this.properties.getMigrate().getDevMigrationsDirectory()),
					this.properties.getMigrate().getDevMigrationName());
			if (result.created() != null) {
				logger.info("Created and applied migration " + result.created() + " from changes in the schema");
			}
		}
	}

	private void refuseInProduction() {
		List<String> production = this.properties.getMigrate().getProductionProfiles();
		List<String> active = Arrays.stream(this.environment.getActiveProfiles()).filter(production::contains).toList();
		if (!active.isEmpty()) {
			throw new PrismaException("PSB3005", "prisma.migrate.mode=dev writes and applies new migrations, and the"
					+ " active profile " + active + " is marked as production (prisma.migrate.production-profiles)."
					+ " Use prisma.migrate.mode=deploy in production; run `migrate dev` on a development machine.");
		}
	}
}
