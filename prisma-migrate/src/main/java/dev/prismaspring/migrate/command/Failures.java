package dev.prismaspring.migrate.command;

import java.sql.SQLException;

import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.PostgresConnection;

/** The one way these commands turn a database error into an error for the user. */
final class Failures {

	private Failures() {
	}

	static PrismaException database(PostgresConnection database, String action, SQLException ex) {
		return new PrismaException("P1017", "Could not " + action + " on database `" + database.database() + "` at `"
				+ database.host() + ":" + database.port() + "`: " + ex.getMessage()
				+ ". Check the connection and the user's privileges, then run the command again.", ex);
	}
}
