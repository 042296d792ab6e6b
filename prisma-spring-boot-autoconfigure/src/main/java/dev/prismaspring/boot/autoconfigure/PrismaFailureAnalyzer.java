package dev.prismaspring.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.prismaspring.schema.PrismaException;

/**
 * Explains a start-up stopped by Prisma: no connection, a failed or edited migration, drift, a
 * missing shadow database, a broken schema. The exception's message says what happened; the
 * action says what to do, by code.
 */
class PrismaFailureAnalyzer extends AbstractFailureAnalyzer<PrismaException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PrismaException cause) {
		return new FailureAnalysis("Prisma stopped the application's start-up (" + cause.code() + "):\n\n"
				+ cause.getMessage(), action(cause.code()), cause);
	}

	static String action(String code) {
		switch (code) {
			case "P1000":
				return "Fix the user or password of the database (prisma.datasource.*, spring.datasource.* or the schema's datasource url).";
			case "P1001":
			case "P1017":
				return "Start the database server, or fix the host and port of the datasource URL.";
			case "P1002":
				return "Another instance or Prisma's CLI is migrating this database. Wait for it, or raise prisma.migrate.lock-wait.";
			case "P1003":
				return "Create the database, or fix its name in the datasource URL.";
			case "P1012":
				return "Fix the schema at prisma.schema-location (run `prisma validate` to see the errors).";
			case "P3005":
				return "Baseline the existing database: set prisma.migrate.baseline to the migration that describes its tables, or run `migrate resolve --applied <name>`.";
			case "P3009":
			case "P3018":
				return "Fix the failed migration, then run `migrate resolve --rolled-back <name>` (or `--applied` if you finished it by hand) and start the application again.";
			case "P3014":
				return "Set prisma.datasource.shadow-url (or the schema's shadowDatabaseUrl) to an empty scratch database, or grant CREATEDB to the user.";
			case "P3019":
				return "Use a migrations folder written for PostgreSQL.";
			case "PSB2001":
				return "Restore the applied migration's original script and put the change in a new migration; or set prisma.migrate.checksums=warn.";
			case "PSB2003":
				return "Deploy the release that has these migrations, or set prisma.migrate.allow-missing-from-folder=true while rolling back.";
			case "PSB2006":
				return "Put the database's extra changes into a migration and record it with `migrate resolve --applied`, or run `migrate reset` to start over (loses data).";
			case "PSB3001":
				return "Configure a database: spring.datasource.url, prisma.datasource.url, or a url in the schema's datasource.";
			case "PSB3002":
				return "Apply the migrations (`migrate deploy`, or prisma.migrate.mode=deploy) and resolve failed or edited ones.";
			case "PSB3005":
				return "Use prisma.migrate.mode=deploy in production.";
			default:
				return "See the message above; the codes are listed in docs/migrate.md.";
		}
	}
}
