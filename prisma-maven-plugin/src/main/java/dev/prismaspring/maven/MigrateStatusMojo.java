package dev.prismaspring.maven;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn prisma:migrate-status}: lists each migration's state; fails, as
 * {@code prisma migrate status} exits with 1, when a migration is pending, failed, edited or missing
 * from the folder.
 */
@Mojo(name = "migrate-status", threadSafe = true)
public class MigrateStatusMojo extends AbstractMigrationsMojo {

	@Override
	CliArguments arguments() {
		return withMigrations("migrate", "status");
	}
}
