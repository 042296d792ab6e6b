package dev.prismaspring.client.errors;

/**
 * {@code P2003}: a write would leave a reference to a record that does not exist, or delete a
 * record that others still reference.
 */
public class ForeignKeyViolationException extends PrismaClientException {

	private static final long serialVersionUID = 1L;

	private final String constraint;

	/**
	 * @param constraint the foreign key constraint's name
	 * @param cause the database's error
	 */
	public ForeignKeyViolationException(String constraint, Throwable cause) {
		super("P2003", "Foreign key constraint violated: `" + constraint + "`. The related record does not exist, or"
				+ " other records still refer to this one.", cause);
		this.constraint = constraint;
	}

	/** @return the foreign key's name */
	public String constraint() {
		return this.constraint;
	}
}
