package dev.prismaspring.boot.actuate;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import dev.prismaspring.boot.autoconfigure.PrismaMigrate;
import dev.prismaspring.migrate.history.HistoryReport;
import dev.prismaspring.migrate.history.MigrationState;
import dev.prismaspring.migrate.history.MigrationStatus;

/**
 * Down when a migration failed, was edited, or is pending (the database is not what this
 * release expects); up otherwise, with the count of applied migrations.
 */
public class PrismaHealthIndicator extends AbstractHealthIndicator {

	private final PrismaMigrate migrate;

	/** @param migrate the migration commands */
	public PrismaHealthIndicator(PrismaMigrate migrate) {
		super("Prisma migration health check failed");
		this.migrate = migrate;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		HistoryReport report = this.migrate.status();
		builder.withDetail("database", this.migrate.database().migrationDatabase().name())
			.withDetail("applied", report.in(MigrationState.APPLIED).size());
		if (report.isUpToDate()) {
			builder.up();
			return;
		}
		builder.down();
		for (MigrationState state : MigrationState.values()) {
			if (state != MigrationState.APPLIED && !report.in(state).isEmpty()) {
				builder.withDetail(state.name().toLowerCase().replace('_', '-'),
						report.in(state).stream().map(MigrationStatus::name).toList());
			}
		}
	}
}
