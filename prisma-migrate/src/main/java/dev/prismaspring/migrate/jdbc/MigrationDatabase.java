package dev.prismaspring.migrate.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import javax.sql.DataSource;

import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * The database a migration command works on: where its connections come from, and how to name
 * it in messages (never with a password). Built from a connection URL for the CLI, or from an
 * application's {@link DataSource} for the Spring Boot starter.
 */
public interface MigrationDatabase {

	/**
	 * @return a new connection, closed by the caller
	 * @throws PrismaException with Prisma's connection codes when none can be had
	 */
	Connection open();

	/** @return the database's name, for messages */
	String name();

	/** @return where the database is, e.g. {@code localhost:5432}, for messages */
	String address();

	/** @return the user, for messages; empty when unknown */
	String user();

	/** @return the schema of models without {@code @@schema}, and of {@code _prisma_migrations} */
	String schema();

	/**
	 * @param message a database's message
	 * @return the message without secrets
	 */
	default String redact(String message) {
		return (message != null) ? message : "no details";
	}

	/**
	 * @param connection a parsed connection URL
	 * @return the database it names
	 */
	static MigrationDatabase of(PostgresConnection connection) {
		return new UrlDatabase(connection);
	}

	/**
	 * @param dataSource the application's data source
	 * @param name the database's name, for messages
	 * @param schema the schema of models without {@code @@schema}
	 * @return the database behind it
	 */
	static MigrationDatabase of(DataSource dataSource, String name, String schema) {
		return new DataSourceDatabase(dataSource, name, schema);
	}

	/** A database reached through a connection URL. */
	final class UrlDatabase implements MigrationDatabase {

		private final PostgresConnection connection;

		UrlDatabase(PostgresConnection connection) {
			this.connection = Objects.requireNonNull(connection, "connection");
		}

		@Override
		public Connection open() {
			return DatabaseConnections.open(this.connection);
		}

		@Override
		public String name() {
			return this.connection.database();
		}

		@Override
		public String address() {
			return this.connection.host() + ":" + this.connection.port();
		}

		@Override
		public String user() {
			return this.connection.user().orElse("");
		}

		@Override
		public String schema() {
			return this.connection.schema();
		}

		@Override
		public String redact(String message) {
			return DatabaseConnections.redact(message, this.connection);
		}
	}

	/** A database reached through a {@link DataSource}. */
	final class DataSourceDatabase implements MigrationDatabase {

		private final DataSource dataSource;

		private final String name;

		private final String schema;

		DataSourceDatabase(DataSource dataSource, String name, String schema) {
			this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
			this.name = Objects.requireNonNull(name, "name");
			this.schema = Objects.requireNonNull(schema, "schema");
		}

		@Override
		public Connection open() {
			try {
				Connection connection = this.dataSource.getConnection();
				if (!connection.getAutoCommit()) {
					connection.setAutoCommit(true);
				}
				return connection;
			}
			catch (SQLException ex) {
				throw new PrismaException("P1001", "Can't get a connection to database `" + this.name + "` from the"
						+ " application's DataSource: " + redact(ex.getMessage()) + ". Check the datasource settings.", ex);
			}
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public String address() {
			return "the application's DataSource";
		}

		@Override
		public String user() {
			return "";
		}

		@Override
		public String schema() {
			return this.schema;
		}
	}
}
