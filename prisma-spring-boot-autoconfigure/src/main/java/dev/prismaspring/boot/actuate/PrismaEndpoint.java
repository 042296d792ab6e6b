package dev.prismaspring.boot.actuate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.context.ApplicationContext;

import dev.prismaspring.boot.autoconfigure.PrismaMigrate;
import dev.prismaspring.migrate.deploy.DeployResult;
import dev.prismaspring.migrate.history.HistoryReport;
import dev.prismaspring.migrate.history.MigrationRecord;
import dev.prismaspring.migrate.history.MigrationState;
import dev.prismaspring.migrate.history.MigrationStatus;

/**
 * {@code /actuator/prisma}: every migration with its state, checksum, times, steps and logs, the
 * schema and migrations locations, in the shape of Spring Boot's Flyway endpoint. A write
 * operation applies pending migrations; it is off unless access to the endpoint is granted
 * ({@code management.endpoint.prisma.access=unrestricted}). Never shows a password: the database
 * is named by name and setting only.
 */
@Endpoint(id = "prisma", defaultAccess = Access.READ_ONLY)
public class PrismaEndpoint {

	private final ApplicationContext context;

	private final PrismaMigrate migrate;

	/**
	 * @param context the application context, named in the response
	 * @param migrate the migration commands
	 */
	public PrismaEndpoint(ApplicationContext context, PrismaMigrate migrate) {
		this.context = context;
		this.migrate = migrate;
	}

	/** @return the migrations and their states */
	@ReadOperation
	public PrismaDescriptor migrations() {
		return new PrismaDescriptor(Map.of(contextId(), describe(this.migrate.status())));
	}

	/** @return the migrations applied now */
	@WriteOperation
	public DeployDescriptor deploy() {
		DeployResult result = this.migrate.deploy();
		return new DeployDescriptor(result.applied(), result.baselined(), result.warnings());
	}

	private String contextId() {
		return (this.context.getId() != null) ? this.context.getId() : "application";
	}

	private ContextMigrations describe(HistoryReport report) {
		List<MigrationDescriptor> migrations = report.migrations().stream().map(PrismaEndpoint::describe).toList();
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (MigrationState state : MigrationState.values()) {
			long count = report.in(state).size();
			if (count > 0) {
				counts.put(state.name().toLowerCase().replace('_', '-'), count);
			}
		}
		return new ContextMigrations(this.migrate.database().migrationDatabase().name(), this.migrate.database().source(),
				this.migrate.schema().location(), this.migrate.migrationsLocation(), report.historyExists(),
				report.isUpToDate(), counts, migrations);
	}

	private static MigrationDescriptor describe(MigrationStatus status) {
		MigrationRecord record = status.record();
		return new MigrationDescriptor(status.name(), status.state().name().toLowerCase().replace('_', '-'),
				(record != null) ? record.checksum() : status.checksum(), status.checksum(),
				(record != null) ? record.startedAt() : null, (record != null) ? record.finishedAt() : null,
				(record != null) ? record.rolledBackAt() : null, (record != null) ? record.appliedStepsCount() : null,
				(record != null) ? record.logs() : null);
	}

	/**
	 * The endpoint's answer: one entry per application context.
	 *
	 * @param contexts the contexts by id
	 */
	public record PrismaDescriptor(Map<String, ContextMigrations> contexts) implements OperationResponseBody {
	}

	/**
	 * The migrations of one application.
	 *
	 * @param database the database's name
	 * @param datasource which setting named the database
	 * @param schemaLocation where the schema is read from
	 * @param migrationsLocation where the migrations are read from
	 * @param historyExists whether {@code _prisma_migrations} exists
	 * @param upToDate whether every migration is applied and none is amiss
	 * @param counts migrations per state
	 * @param migrations every migration, in order
	 */
	public record ContextMigrations(String database, String datasource, String schemaLocation,
			String migrationsLocation, boolean historyExists, boolean upToDate, Map<String, Long> counts,
			List<MigrationDescriptor> migrations) {
	}

	/**
	 * One migration.
	 *
	 * @param name the directory's name
	 * @param state applied, pending, failed, rolled-back, modified or missing-from-folder
	 * @param checksum the checksum recorded when it ran (or of the script, when it has not)
	 * @param scriptChecksum the checksum of the script in the folder, or {@code null}
	 * @param startedAt when it started
	 * @param finishedAt when it finished
	 * @param rolledBackAt when it was marked rolled back
	 * @param appliedStepsCount the steps recorded
	 * @param logs the database's error for a failed migration
	 */
	public record MigrationDescriptor(String name, String state, String checksum, String scriptChecksum,
			Instant startedAt, Instant finishedAt, Instant rolledBackAt, Integer appliedStepsCount, String logs) {
	}

	/**
	 * What the write operation did.
	 *
	 * @param applied the migrations applied
	 * @param baselined the migrations recorded without running
	 * @param warnings what was let pass
	 */
	public record DeployDescriptor(List<String> applied, List<String> baselined, List<String> warnings)
			implements OperationResponseBody {
	}
}
