package dev.prismaspring.migrate.sql;

/** What a foreign key does when the row it references changes. */
public enum ReferentialAction {

	CASCADE("CASCADE"), RESTRICT("RESTRICT"), NO_ACTION("NO ACTION"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

	private final String sql;

	ReferentialAction(String sql) {
		this.sql = sql;
	}

	/** @return the action as DDL writes it */
	public String sql() {
		return this.sql;
	}
}
