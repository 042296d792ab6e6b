package dev.prismaspring.migrate.sql;

/**
 * A column's default value.
 *
 * @param kind what sort of default it is
 * @param sql the default as an SQL expression in Prisma's spelling, e.g. {@code 'USER'}, {@code 5},
 * {@code CURRENT_TIMESTAMP}, {@code gen_random_uuid()}
 */
public record ColumnDefault(Kind kind, String sql) {

	/** What sort of default a column has. */
	public enum Kind {

		/** A constant value. */
		VALUE,

		/** The current time. */
		NOW,

		/** The next value of a sequence. */
		SEQUENCE,

		/** Any other expression, as {@code dbgenerated("...")} writes it. */
		EXPRESSION

	}

	public static ColumnDefault value(String sql) {
		return new ColumnDefault(Kind.VALUE, sql);
	}

	public static ColumnDefault now() {
		return new ColumnDefault(Kind.NOW, "CURRENT_TIMESTAMP");
	}

	public static ColumnDefault expression(String sql) {
		return new ColumnDefault(Kind.EXPRESSION, sql);
	}
}
