package dev.prismaspring.schema.model;

/** What happens to referencing rows when the referenced row is deleted or its key changes. */
public enum ReferentialAction {

	CASCADE("Cascade", "CASCADE"),

	RESTRICT("Restrict", "RESTRICT"),

	NO_ACTION("NoAction", "NO ACTION"),

	SET_NULL("SetNull", "SET NULL"),

	SET_DEFAULT("SetDefault", "SET DEFAULT");

	private final String schemaName;

	private final String sql;

	ReferentialAction(String schemaName, String sql) {
		this.schemaName = schemaName;
		this.sql = sql;
	}

	/** @return the name in the schema, e.g. {@code SetNull} */
	public String schemaName() {
		return this.schemaName;
	}

	/** @return the words in SQL, e.g. {@code SET NULL} */
	public String sql() {
		return this.sql;
	}

	/**
	 * @param schemaName a name as written in the schema
	 * @return the action
	 * @throws IllegalArgumentException for a name that is not an action
	 */
	public static ReferentialAction fromSchemaName(String schemaName) {
		for (ReferentialAction action : values()) {
			if (action.schemaName.equals(schemaName)) {
				return action;
			}
		}
		throw new IllegalArgumentException("Unknown referential action " + schemaName);
	}
}
