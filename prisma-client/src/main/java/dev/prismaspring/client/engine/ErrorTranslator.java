package dev.prismaspring.client.engine;

import java.sql.SQLException;
import java.util.List;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import dev.prismaspring.client.errors.ForeignKeyViolationException;
import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.client.errors.UniqueConstraintViolationException;

/**
 * Turns the database's errors into Prisma Client's, by SQLState. Messages carry the server's
 * message and the constraint or field, never the statement's text, connection settings or the
 * values of a row that broke a constraint.
 */
final class ErrorTranslator {

	private static final int MAX_DETAIL = 300;

	private final SchemaIndex schema;

	ErrorTranslator(SchemaIndex schema) {
		this.schema = schema;
	}

	PrismaClientException translate(SQLException ex) {
		String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
		ServerErrorMessage server = (ex instanceof PSQLException psql) ? psql.getServerErrorMessage() : null;
		String constraint = (server != null) ? server.getConstraint() : null;
		String column = (server != null) ? server.getColumn() : null;
		// Constraint errors' details repeat the failing row's values, which may be secrets: left out.
		String message = describe(ex, server, !state.startsWith("23"));
		// Our statements are written by the engine, so a syntax error is ours (P2010 below), except in
		// the tsquery that a full-text search passes as a value: PostgreSQL's text search parsers
		// (tsquery.c, tsvector_parser.c) report those.
		String source = (server != null && server.getFile() != null) ? server.getFile() : "";
		if (state.equals("42601") && (source.startsWith("tsquery") || source.startsWith("tsvector"))) {
			return new PrismaClientException("P2007", "Data validation error: the full-text search query is not a valid"
					+ " tsquery: join words with & (and), | (or), ! (not) or <-> (followed by), e.g. \"cat & dog\". "
					+ message, ex);
		}
		if (state.equals("54000") && message.contains("index row")) {
			return new PrismaClientException("P2000", "The provided value is too long for an index on its column: a"
					+ " B-tree index entry holds at most about a third of a page (2,704 bytes with 8 kB pages); shorten"
					+ " the value, or index a hash of the column instead. " + message, ex);
		}
		switch (state) {
			case "23505":
				return uniqueViolation(constraint, server, ex);
			case "23503":
				return new ForeignKeyViolationException((constraint != null) ? constraint : "unknown", ex);
			case "23502":
				String field = (server != null && server.getTable() != null && column != null)
						? this.schema.fieldLabel(server.getTable(), column) : column;
				return new PrismaClientException("P2011", "Null constraint violation on the field `" + field
						+ "`: a required value is missing. " + message, ex);
			case "23514":
				return new PrismaClientException("P2004", "A constraint failed on the database: `" + constraint + "`. "
						+ message, ex);
			case "22001":
				return new PrismaClientException("P2000", "The provided value is too long for its column. " + message,
						ex);
			case "22003":
				return new PrismaClientException("P2020", "Value out of range for the type. " + message, ex);
			case "22021":
				return new PrismaClientException("P2007", "Data validation error: PostgreSQL text cannot hold the NUL"
						+ " character (U+0000) nor invalid UTF-8; remove it from the value. " + message, ex);
			case "22P02":
			case "22007":
			case "22008":
			case "22023":
			case "22P05":
			case "2202E":
				return new PrismaClientException("P2007", "Data validation error: " + message, ex);
			case "40001":
			case "40P01":
				return new PrismaClientException("P2034", "Transaction failed due to a write conflict or a deadlock;"
						+ " retry the transaction. " + message, ex);
			default:
				if (state.startsWith("08")) {
					return new PrismaClientException("P1017", "The connection to the database failed or was closed: "
							+ message, ex);
				}
				if (state.equals("25P02")) {
					return new PrismaClientException("P2028", "The transaction was aborted by an earlier error; roll it"
							+ " back and start again. " + message, ex);
				}
				return new PrismaClientException("P2010", "The database refused the query (SQLState " + state + "): "
						+ message, ex);
		}
	}

	private PrismaClientException uniqueViolation(String constraint, ServerErrorMessage server, SQLException ex) {
		SchemaIndex.UniqueOwner owner = (constraint != null) ? this.schema.uniqueConstraint(constraint) : null;
		if (owner != null) {
			return new UniqueConstraintViolationException(owner.model().name(), owner.key().fieldNames(), ex);
		}
		String table = (server != null && server.getTable() != null) ? server.getTable() : "unknown";
		return new UniqueConstraintViolationException(table, List.of((constraint != null) ? constraint : "unknown"), ex);
	}

	PrismaClientException connectionFailure(SQLException ex) {
		return new PrismaClientException("P1001", "Can't get a connection to the database: " + describe(ex,
				(ex instanceof PSQLException psql) ? psql.getServerErrorMessage() : null, false), ex);
	}

	private static String describe(SQLException ex, ServerErrorMessage server, boolean withDetail) {
		if (server == null) {
			return String.valueOf(ex.getMessage());
		}
		String detail = withDetail ? server.getDetail() : null;
		if (detail != null && detail.length() > MAX_DETAIL) {
			detail = detail.substring(0, MAX_DETAIL) + "...";
		}
		return server.getMessage() + ((detail != null) ? " (" + detail + ")" : "");
	}
}
