package dev.prismaspring.schema.ast;

/** How many values a field holds. */
public enum Arity {

	REQUIRED(""), OPTIONAL("?"), LIST("[]");

	private final String suffix;

	Arity(String suffix) {
		this.suffix = suffix;
	}

	/** @return what follows the type name in the schema */
	public String suffix() {
		return this.suffix;
	}
}
