package dev.prismaspring.client.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How the values of one column type travel between Java and PostgreSQL: which Java values a
 * query may give, how they are bound (always as a parameter cast to the column's type), and how
 * they are read from a result set or from the JSON the join strategy aggregates.
 */
interface Codec {

	/** @return the type a parameter is cast to, e.g. {@code int4} or {@code "Role"[]} */
	String castType();

	/**
	 * @param value a value from a query
	 * @param field the field it is for, as {@code Model.field}, for the error message
	 * @return the value in its canonical Java type
	 * @throws dev.prismaspring.client.errors.PrismaClientException ({@code P2009}) when it does not fit
	 */
	Object normalize(Object value, String field);

	/** Binds a canonical value ({@code null} for NULL). */
	void bind(PreparedStatement statement, int index, Object value) throws SQLException;

	/** Reads the column {@link #selectExpression} selected. */
	Object read(ResultSet result, int index) throws SQLException;

	/** Reads the value {@link #jsonExpression} put into JSON. */
	Object fromJson(JsonReader reader);

	/** @return the expression that selects the column for {@link #read} */
	default String selectExpression(String column) {
		return column;
	}

	/** @return the expression that puts the column into JSON for {@link #fromJson} */
	default String jsonExpression(String column) {
		return column;
	}
}
