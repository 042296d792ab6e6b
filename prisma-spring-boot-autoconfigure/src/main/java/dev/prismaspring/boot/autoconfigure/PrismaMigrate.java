package dev.prismaspring.boot.autoconfigure;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.StringUtils;

import dev.prismaspring.migrate.command.DevOptions;
import dev.prismaspring.migrate.command.DevResult;
import dev.prismaspring.migrate.command.MigrateDev;
import dev.prismaspring.migrate.command.MigrateStatus;
import dev.prismaspring.migrate.deploy.ChecksumPolicy;
import dev.prismaspring.migrate.deploy.DeployOptions;
import dev.prismaspring.migrate.deploy.DeployResult;
import dev.prismaspring.migrate.deploy.MigrationDeployer;
import dev.prismaspring.migrate.deploy.MigrationListener;
import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.history.HistoryReport;
import dev.prismaspring.migrate.history.MigrationState;
import dev.prismaspring.migrate.history.MigrationStatus;
import dev.prismaspring.schema.PrismaException;

/**
 * The migration commands on the application's database and migrations, configured from
 * {@code prisma.*}: what the start-up migration, the actuator endpoint and a custom
 * {@link PrismaMigrationStrategy} call.
 */
public class PrismaMigrate {

	private static final Log logger = LogFactory.getLog(PrismaMigrate.class);

	private final PrismaDatabase database;

	private final Supplier<MigrationsFolder> migrations;

	private final PrismaSchemaDefinition schema;

	private final PrismaProperties properties;

	private final List<PrismaDeployOptionsCustomizer> customizers;

	private final MigrationListener listener;

	PrismaMigrate(PrismaDatabase database, Supplier<MigrationsFolder> migrations, PrismaSchemaDefinition schema,
			PrismaProperties properties, List<PrismaDeployOptionsCustomizer> customizers, MigrationListener listener) {
		this.database = database;
		this.migrations = migrations;
		this.schema = schema;
		this.properties = properties;
		this.customizers = customizers;
		this.listener = listener;
	}

	/** @return the database */
	public PrismaDatabase database() {
		return this.database;
	}

	/** @return the schema */
	public PrismaSchemaDefinition schema() {
		return this.schema;
	}

	/** @return where the migrations are read from */
	public String migrationsLocation() {
		return this.properties.getMigrationsLocation();
	}

	/** @return the migrations, read now */
	public MigrationsFolder migrations() {
		return this.migrations.get();
	}

	/** @return the deploy options {@code prisma.migrate.*} and the customizers give */
	public DeployOptions deployOptions() {
		PrismaProperties.Migrate migrate = this.properties.getMigrate();
		DeployOptions options = DeployOptions.defaults()
			.withLockWait(migrate.getLockWait())
			.withChecksums(migrate.getChecksums())
			.withBaselineTo(StringUtils.hasText(migrate.getBaseline()) ? migrate.getBaseline() : null)
			.withAllowMissingFromFolder(migrate.isAllowMissingFromFolder())
			.withNamespaces(namespaces())
			.withListener(this.listener);
		for (PrismaDeployOptionsCustomizer customizer : this.customizers) {
			options = customizer.customize(options);
		}
		return options;
	}

	private List<String> namespaces() {
		if (this.schema.datamodel() == null || this.schema.datamodel().datasource() == null) {
			return List.of();
		}
		return this.schema.datamodel().datasource().schemas();
	}

	/**
	 * Applies pending migrations, as {@code migrate deploy}.
	 *
	 * @return what was applied
	 */
	public DeployResult deploy() {
		return MigrationDeployer.deploy(this.database.migrationDatabase(), migrations(), deployOptions());
	}

	/** @return each migration with its state */
	public HistoryReport status() {
		return MigrateStatus.read(this.database.migrationDatabase(), migrations());
	}

	/**
	 * Checks that every migration is applied, none failed and none was edited, with the
	 * tolerances {@code deploy} has: an edited one passes (with a warning) when
	 * {@code prisma.migrate.checksums} is {@code warn} or {@code ignore}, one missing from the
	 * folder when {@code prisma.migrate.allow-missing-from-folder} is set (an instance of the
	 * previous release restarting after the next release migrated).
	 *
	 * @throws PrismaException {@code PSB3002} naming what is not
	 */
	public void validate() {
		HistoryReport report = status();
		DeployOptions options = deployOptions();
		List<String> problems = report.migrations()
			.stream()
			.filter((migration) -> !tolerated(migration, options))
			.map((migration) -> migration.name() + " (" + label(migration) + ")")
			.toList();
		if (!problems.isEmpty()) {
			throw new PrismaException("PSB3002", "The database `" + this.database.migrationDatabase().name()
					+ "` does not match the migrations at " + migrationsLocation() + ": " + String.join(", ", problems)
					+ ". prisma.migrate.mode=validate only checks; apply them with `migrate deploy` (or set"
					+ " prisma.migrate.mode=deploy), and resolve failed or edited ones first." + tolerances(report));
		}
	}

	private static String tolerances(HistoryReport report) {
		StringBuilder hints = new StringBuilder();
		if (!report.in(MigrationState.MISSING_FROM_FOLDER).isEmpty()) {
			hints.append(" An application older than the database (a previous release restarting) starts with"
					+ " prisma.migrate.allow-missing-from-folder=true.");
		}
		if (!report.in(MigrationState.MODIFIED).isEmpty()) {
			hints.append(" An edit that changes nothing in the database passes with prisma.migrate.checksums=warn.");
		}
		return hints.toString();
	}

	private static boolean tolerated(MigrationStatus migration, DeployOptions options) {
		return switch (migration.state()) {
			case APPLIED -> true;
			case MISSING_FROM_FOLDER -> options.allowMissingFromFolder();
			case MODIFIED -> {
				if (options.checksums() == ChecksumPolicy.WARN) {
					logger.warn("Migration " + migration.name() + " was edited after it was applied;"
							+ " prisma.migrate.checksums=warn lets the application start.");
				}
				yield options.checksums() != ChecksumPolicy.FAIL;
			}
			default -> false;
		};
	}

	private static String label(MigrationStatus migration) {
		return migration.state().name().toLowerCase().replace('_', ' ');
	}

	/**
	 * Applies pending migrations, then creates and applies one from changes in the schema, as
	 * {@code migrate dev}. For local development only.
	 *
	 * @param migrationsDirectory the source directory to write the migration into
	 * @param name the new migration's name
	 * @return what was done
	 */
	public DevResult dev(Path migrationsDirectory, String name) {
		if (this.schema.datamodel() == null) {
			throw new PrismaException("PSB3003", "Dev mode needs the Prisma schema, and there is none at "
					+ this.schema.location() + ".");
		}
		if (this.database.connection() == null) {
			throw new PrismaException("PSB3004", "Dev mode needs the database as a URL (it opens its own connections and"
					+ " may create a temporary shadow database), but it came from " + this.database.source()
					+ ". Set prisma.datasource.url or spring.datasource.url.");
		}
		DevOptions options = new DevOptions(name, false, false, this.database.shadowDatabase(),
				this.properties.getMigrate().getLockWait());
		return MigrateDev.run(this.database.connection(), MigrationsFolder.create(migrationsDirectory),
				this.schema.datamodel(), options);
	}
}
