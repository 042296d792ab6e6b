package dev.prismaspring.codegen;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.prismaspring.client.Json;
import dev.prismaspring.client.PrismaClient;
import dev.prismaspring.codegen.ClientSchema.ClientModel;
import dev.prismaspring.codegen.ClientSchema.ClientRelation;
import dev.prismaspring.codegen.ClientSchema.ClientScalar;
import dev.prismaspring.codegen.ClientSchema.ClientUnique;
import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.model.NativeType;
import dev.prismaspring.schema.model.ScalarField;

/**
 * Creates and reads one record of every model of a generated client loaded at run time, driving
 * its repositories by reflection: required scalars get made-up values of their type, required
 * relations are given through their foreign key fields, pointing at the record created for the
 * related model, so models are created in the order of their required relations.
 */
final class GenericRecords {

	private final ClientSchema schema;

	private final ClassLoader classes;

	private final PrismaClient client;

	private final Map<String, Object> created = new LinkedHashMap<>();

	private int counter;

	GenericRecords(ClientSchema schema, ClassLoader classes, PrismaClient client) {
		this.schema = schema;
		this.classes = classes;
		this.client = client;
	}

	/** @return the models that can be created, in an order that creates related records first */
	List<ClientModel> creatable() {
		List<ClientModel> ordered = new ArrayList<>();
		List<ClientModel> pending = new ArrayList<>();
		for (ClientModel model : this.schema.models()) {
			if (model.writable() && model.requirements().stream().allMatch((r) -> r.unsupportedType() == null)) {
				pending.add(model);
			}
		}
		boolean progress = true;
		while (progress) {
			progress = false;
			for (ClientModel model : List.copyOf(pending)) {
				boolean ready = model.relations().stream()
					.filter((relation) -> required(model, relation))
					.allMatch((relation) -> ordered.stream()
						.anyMatch((done) -> done.model().name().equals(relation.field().relatedModel())));
				if (ready) {
					ordered.add(model);
					pending.remove(model);
					progress = true;
				}
			}
		}
		return ordered;
	}

	/**
	 * @param model a model whose required relations' records exist
	 * @return the created record
	 */
	Object create(ClientModel model) throws ReflectiveOperationException {
		Object repository = repository(model);
		Map<String, Object> values = new LinkedHashMap<>();
		for (ClientRelation relation : model.relations()) {
			if (required(model, relation)) {
				ClientModel target = this.schema.model(relation.field().relatedModel()).orElseThrow();
				Object related = this.created.get(target.model().name());
				for (int i = 0; i < relation.field().fields().size(); i++) {
					String reference = relation.field().references().get(i);
					values.put(relation.field().fields().get(i), component(related, scalar(target, reference)));
				}
			}
		}
		for (ClientScalar scalar : model.scalars()) {
			ScalarField field = scalar.field();
			boolean needed = field.arity() == Arity.REQUIRED && field.defaultValue() == null && !field.updatedAt();
			if (needed && !values.containsKey(field.name())) {
				values.put(field.name(), value(scalar));
			}
		}
		Consumer<Object> data = (create) -> {
			for (ClientScalar scalar : model.scalars()) {
				if (values.containsKey(scalar.field().name())) {
					invoke(create, setter(create.getClass(), scalar.method()), values.get(scalar.field().name()));
				}
			}
		};
		Object record = repository.getClass().getMethod("create", Consumer.class).invoke(repository, data);
		this.created.put(model.model().name(), record);
		return record;
	}

	/**
	 * @param model a model created before
	 * @return the record read back by its first unique criterion
	 */
	Optional<?> findUnique(ClientModel model) throws ReflectiveOperationException {
		Object repository = repository(model);
		Object record = this.created.get(model.model().name());
		ClientUnique unique = model.uniques().get(0);
		Function<Object, Object> criterion = (selector) -> {
			List<Object> arguments = new ArrayList<>();
			for (ClientScalar field : unique.fields()) {
				arguments.add(component(record, field));
			}
			for (Method method : selector.getClass().getMethods()) {
				if (method.getParameterCount() == arguments.size() && method.getReturnType().getSimpleName().equals("UniqueWhere")
						&& method.getName().equals(uniqueMethod(model, unique))) {
					return invoke(selector, method, arguments.toArray());
				}
			}
			throw new IllegalStateException("No unique selector method for " + unique.schemaName());
		};
		return (Optional<?>) repository.getClass().getMethod("findUnique", Function.class).invoke(repository, criterion);
	}

	/** @return how many records of the model there are, by the repository's count */
	long count(ClientModel model) throws ReflectiveOperationException {
		Object repository = repository(model);
		return (long) repository.getClass().getMethod("count").invoke(repository);
	}

	/** @return whether two records hold the same values, arrays compared by content */
	static boolean sameValues(Object first, Object second) throws ReflectiveOperationException {
		for (RecordComponent component : first.getClass().getRecordComponents()) {
			if (!Objects.deepEquals(component.getAccessor().invoke(first), component.getAccessor().invoke(second))) {
				return false;
			}
		}
		return true;
	}

	private Object repository(ClientModel model) throws ReflectiveOperationException {
		Class<?> type = Class.forName(this.schema.packageName() + "." + model.name("Repository"), true, this.classes);
		return type.getConstructor(PrismaClient.class).newInstance(this.client);
	}

	// A relation must point at a record when it is required, or when one of its foreign key fields is.
	private static boolean required(ClientModel model, ClientRelation relation) {
		if (!relation.field().holdsForeignKey()) {
			return false;
		}
		return relation.field().arity() == Arity.REQUIRED || relation.field()
			.fields()
			.stream()
			.anyMatch((name) -> scalar(model, name).field().arity() == Arity.REQUIRED);
	}

	private static ClientScalar scalar(ClientModel model, String name) {
		return model.scalars().stream().filter((scalar) -> scalar.field().name().equals(name)).findFirst().orElseThrow();
	}

	private static Object component(Object record, ClientScalar scalar) {
		try {
			return record.getClass().getMethod(scalar.component()).invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String uniqueMethod(ClientModel model, ClientUnique unique) {
		List<String> methods = new ArrayList<>();
		for (ClientUnique each : model.uniques()) {
			String method = JavaNames.escape(each.schemaName(), JavaNames.BUILDER_RESERVED, methods);
			methods.add(method);
			if (each == unique) {
				return method;
			}
		}
		throw new IllegalStateException();
	}

	private static Method setter(Class<?> type, String name) {
		for (Method method : type.getMethods()) {
			if (method.getName().equals(name) && method.getParameterCount() == 1
					&& !Consumer.class.isAssignableFrom(method.getParameterTypes()[0])) {
				return method;
			}
		}
		throw new IllegalStateException("No setter " + name + " on " + type);
	}

	private static Object invoke(Object target, Method method, Object... arguments) {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Object value(ClientScalar scalar) {
		Object element = element(scalar);
		return scalar.list() ? List.of(element) : element;
	}

	private Object element(ClientScalar scalar) {
		int n = ++this.counter;
		NativeType nativeType = scalar.field().nativeType();
		String nativeName = (nativeType != null) ? nativeType.name() : "";
		switch (scalar.kind()) {
			case INT:
				return n;
			case BIG_INT:
				return (long) n;
			case FLOAT:
				return n + 0.5;
			case DECIMAL:
				return new BigDecimal(n + ".25");
			case BOOLEAN:
				return true;
			case DATE_TIME:
				return nativeName.equals("Date") ? Instant.parse("2024-01-0" + (1 + n % 9) + "T00:00:00Z")
						: Instant.now().truncatedTo(ChronoUnit.MILLIS);
			case JSON:
				return Json.of("{\"n\":" + n + "}");
			case BYTES:
				return new byte[] { (byte) n, 42 };
			case ENUM:
				try {
					return Class.forName(this.schema.packageName() + "." + scalar.enumName(), true, this.classes)
						.getEnumConstants()[0];
				}
				catch (ClassNotFoundException ex) {
					throw new IllegalStateException(ex);
				}
			default:
				return text(nativeName, nativeType, n);
		}
	}

	private static String text(String nativeName, NativeType nativeType, int n) {
		if (nativeName.equals("Uuid")) {
			return UUID.nameUUIDFromBytes(new byte[] { (byte) n }).toString();
		}
		if (nativeName.equals("Inet")) {
			return "10.0.0." + n;
		}
		String text = "v" + n;
		if ((nativeName.equals("VarChar") || nativeName.equals("Char")) && !nativeType.arguments().isEmpty()) {
			int length = Integer.parseInt(nativeType.arguments().get(0));
			return (text.length() > length) ? text.substring(text.length() - length) : text;
		}
		return text;
	}
}
