package dev.prismaspring.client.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement being written: SQL text made of keywords and quoted identifiers, and the values
 * bound to its placeholders. Values only ever enter as parameters.
 */
final class Sql {

	// The first aliases of a statement, made once: most statements use one to three.
	private static final String[] ALIASES = { "t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7" };

	private final StringBuilder text;

	private final List<Param> params = new ArrayList<>();

	private final int[] aliases;

	Sql() {
		// Room for a typical statement, so that its text is not copied over and over as it grows.
		this.text = new StringBuilder(256);
		this.aliases = new int[1];
	}

	private Sql(int[] aliases) {
		this.text = new StringBuilder();
		this.aliases = aliases;
	}

	/** @return an empty piece of the same statement, sharing its table aliases */
	Sql fork() {
		return new Sql(this.aliases);
	}

	Sql append(String sql) {
		this.text.append(sql);
		return this;
	}

	Sql identifier(String name) {
		this.text.append(Identifiers.quote(name));
		return this;
	}

	Sql column(String alias, String column) {
		this.text.append(Identifiers.quote(alias)).append('.').append(Identifiers.quote(column));
		return this;
	}

	/** Appends {@code ?::type} bound to the value through the codec. */
	Sql param(Object value, Codec codec) {
		this.text.append("?::").append(codec.castType());
		this.params.add(new Param(value, codec));
		return this;
	}

	/** Appends {@code ?::int8}. */
	Sql param(long value) {
		return param(value, ScalarCodec.BIGINT);
	}

	String newAlias() {
		int alias = this.aliases[0]++;
		return (alias < ALIASES.length) ? ALIASES[alias] : "t" + alias;
	}

	String text() {
		return this.text.toString();
	}

	void bind(PreparedStatement statement) throws SQLException {
		for (int i = 0; i < this.params.size(); i++) {
			Param param = this.params.get(i);
			param.codec().bind(statement, i + 1, param.value());
		}
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

	private record Param(Object value, Codec codec) {
	}
}
