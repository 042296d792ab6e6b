package dev.prismaspring.client.errors;

/**
 * {@code P2025}: an operation needed a record that does not exist ({@code findUniqueOrThrow},
 * {@code update}, {@code delete}, {@code connect}).
 */
public class RecordNotFoundException extends PrismaClientException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param model the model
	 * @param operation what needed the record, e.g. {@code update}
	 */
	public RecordNotFoundException(String model, String operation) {
		super("P2025", "An operation failed because it depends on one or more records that were required but not"
				+ " found: no `" + model + "` record matched the " + operation + ".", null);
	}
}
