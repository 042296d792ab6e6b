package dev.prismaspring.client.errors;

import java.util.List;

/** {@code P2002}: a create or update would give two records the same unique value. */
public class UniqueConstraintViolationException extends PrismaClientException {

	private static final long serialVersionUID = 1L;

	private final String model;

	private final List<String> fields;

	/**
	 * @param model the model
	 * @param fields the fields of the unique constraint, by their schema names
	 * @param cause the database's error
	 */
	public UniqueConstraintViolationException(String model, List<String> fields, Throwable cause) {
		super("P2002", "Unique constraint failed on the fields: (" + String.join(", ", fields) + ") of model `" + model
				+ "`. A record with the same value already exists.", cause);
		this.model = model;
		this.fields = List.copyOf(fields);
	}

	/** @return the model */
	public String model() {
		return this.model;
	}

	/** @return the fields of the violated unique constraint */
	public List<String> fields() {
		return this.fields;
	}
}
