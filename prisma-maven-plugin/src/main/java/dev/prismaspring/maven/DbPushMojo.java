package dev.prismaspring.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn prisma:db-push}: makes the database match the schema directly, without a migration
 * (for prototyping), as {@code prisma db push} does.
 */
@Mojo(name = "db-push", threadSafe = true)
public class DbPushMojo extends AbstractDatabaseMojo {

	/**
	 * Apply changes that drop data the database holds.
	 */
	@Parameter(property = "prisma.acceptDataLoss", defaultValue = "false")
	boolean acceptDataLoss;

	/**
	 * How long to wait, in seconds, for another migration to release the migration lock.
	 */
	@Parameter(property = "prisma.lockWait", defaultValue = "10")
	int lockWait = 10;

	@Override
	CliArguments arguments() {
		requireSchema();
		return withDatabase("db", "push").flag("--accept-data-loss", this.acceptDataLoss)
			.option("--lock-wait", this.lockWait);
	}
}
