package dev.prismaspring.cli;

import java.util.List;
import java.util.Locale;

import dev.prismaspring.schema.PrismaException;
import picocli.CommandLine.Option;

/**
 * Keeps the commands that destroy data ({@code migrate reset}, {@code migrate down}) away from a
 * production environment: they refuse when an active Spring profile ({@code SPRING_PROFILES_ACTIVE}
 * as the application reads it) is one of the production profiles
 * ({@code PRISMA_MIGRATE_PRODUCTION_PROFILES}, the environment form of the starter's
 * {@code prisma.migrate.production-profiles}; default {@code prod,production}), unless told
 * {@code --allow-production}.
 */
final class ProductionGuard {

	@Option(names = "--allow-production",
			description = "Run even when an active profile (SPRING_PROFILES_ACTIVE) is a production one.")
	boolean allowProduction;

	@Option(names = "--active-profiles", hidden = true, split = ",", defaultValue = "${env:SPRING_PROFILES_ACTIVE}")
	List<String> activeProfiles;

	@Option(names = "--production-profiles", hidden = true, split = ",",
			defaultValue = "${env:PRISMA_MIGRATE_PRODUCTION_PROFILES:-prod,production}")
	List<String> productionProfiles;

	/**
	 * @param command the command, e.g. {@code migrate reset}
	 * @param what what it would do, e.g. {@code delete all data in database `app`}
	 * @throws PrismaException {@code PSB2016} when the environment is a production one
	 */
	void check(String command, String what) {
		if (this.allowProduction || this.activeProfiles == null || this.productionProfiles == null) {
			return;
		}
		List<String> production = this.productionProfiles.stream().map(ProductionGuard::normalized).toList();
		List<String> active = this.activeProfiles.stream()
			.map(ProductionGuard::normalized)
			.filter(production::contains)
			.toList();
		if (!active.isEmpty()) {
			throw new PrismaException("PSB2016", "`" + command + "` would " + what + ", and the active profile "
					+ active + " is a production one (SPRING_PROFILES_ACTIVE; production profiles: "
					+ String.join(",", production) + ", from PRISMA_MIGRATE_PRODUCTION_PROFILES or"
					+ " prisma.migrate.production-profiles). Nothing was changed. Run it against a development"
					+ " database, or add --allow-production if this really is meant.");
		}
	}

	private static String normalized(String profile) {
		return profile.strip().toLowerCase(Locale.ROOT);
	}

}
