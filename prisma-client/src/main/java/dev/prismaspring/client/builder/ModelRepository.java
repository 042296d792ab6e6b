package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.prismaspring.client.ModelClient;
import dev.prismaspring.client.Row;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Shape;

/**
 * The operations of Prisma Client on one model, typed: the base of generated repositories such as
 * {@code UserRepository}. Unique lookups take a lambda that picks one of the model's unique
 * criteria ({@code u -> u.email("alice@prisma.io")}); the other arguments are builders:
 *
 * <pre class="code">
 * User alice = users.create(d -&gt; d.email("alice@prisma.io").name("Alice")
 * 	.posts(p -&gt; p.create(c -&gt; c.title("Hello"))));
 * posts.update(u -&gt; u.id(1), d -&gt; d.views(v -&gt; v.increment(1)));
 * List&lt;User&gt; found = users.findMany(q -&gt; q.where(w -&gt; w.posts(r -&gt; r.some(p -&gt; p.published().equals(true)))));
 * </pre>
 *
 * Each operation runs in the surrounding transaction when there is one; one with nested writes
 * opens its own otherwise.
 *
 * @param <M> the model's record
 * @param <W> the model's filter
 * @param <K> the model's unique selector
 * @param <Q> the model's query
 * @param <S> the model's shape
 * @param <C> the model's create data
 * @param <U> the model's update data
 * @param <A> the model's aggregate arguments
 * @param <G> the model's groupBy arguments
 */
public abstract class ModelRepository<M, W extends WhereBuilder<W>, K extends UniqueSelector, Q extends QueryBuilder<Q, W, ?, ?, ?, ?, ?>, S extends ShapeBuilder<S, ?, ?, ?>, C extends CreateBuilder<C>, U extends WriteBuilder<U>, A extends AggregateBuilder<A, W, ?, ?>, G extends GroupByBuilder<G, W, ?, ?>>
		extends ReadRepository<M, W, Q, A, G> {

	private final K keys;

	private final Supplier<S> shapes;

	private final Supplier<C> creates;

	private final Supplier<U> updates;

	/**
	 * @param client the engine's operations on the model
	 * @param record maps a row to the model's record
	 * @param where makes the model's filter
	 * @param keys the model's unique selector
	 * @param query makes the model's query
	 * @param shape makes the model's shape
	 * @param create makes the model's create data
	 * @param update makes the model's update data
	 * @param aggregate makes the model's aggregate arguments
	 * @param groupBy makes the model's groupBy arguments
	 */
	protected ModelRepository(ModelClient client, Function<Row, M> record, Supplier<W> where, K keys,
			Supplier<Q> query, Supplier<S> shape, Supplier<C> create, Supplier<U> update, Supplier<A> aggregate,
			Supplier<G> groupBy) {
		super(client, record, where, query, aggregate, groupBy);
		this.keys = Objects.requireNonNull(keys, "keys");
		this.shapes = Objects.requireNonNull(shape, "shape");
		this.creates = Objects.requireNonNull(create, "create");
		this.updates = Objects.requireNonNull(update, "update");
	}

	/**
	 * @param where the record's id or unique fields: {@code u -> u.email("alice@prisma.io")}
	 * @return the record, if there is one
	 */
	public Optional<M> findUnique(Function<? super K, UniqueWhere> where) {
		return modelClient().findUnique(unique(where, "findUnique"), Shape.DEFAULT).map(record());
	}

	/**
	 * @param where the record's id or unique fields
	 * @param shape which fields to return: {@code s -> s.include(i -> i.posts())}
	 * @return the record, if there is one
	 */
	public Optional<M> findUnique(Function<? super K, UniqueWhere> where, Consumer<? super S> shape) {
		return modelClient().findUnique(unique(where, "findUnique"), shape(shape)).map(record());
	}

	/**
	 * @param where the record's id or unique fields
	 * @return the record
	 * @throws dev.prismaspring.client.errors.RecordNotFoundException when there is none ({@code P2025})
	 */
	public M findUniqueOrThrow(Function<? super K, UniqueWhere> where) {
		return record().apply(modelClient().findUniqueOrThrow(unique(where, "findUniqueOrThrow"), Shape.DEFAULT));
	}

	/**
	 * @param where the record's id or unique fields
	 * @param shape which fields to return
	 * @return the record
	 * @throws dev.prismaspring.client.errors.RecordNotFoundException when there is none ({@code P2025})
	 */
	public M findUniqueOrThrow(Function<? super K, UniqueWhere> where, Consumer<? super S> shape) {
		return record().apply(modelClient().findUniqueOrThrow(unique(where, "findUniqueOrThrow"), shape(shape)));
	}

	/**
	 * @param data the record, with nested writes on its relations
	 * @return the created record
	 * @throws QueryValidationException when a required field is missing ({@code P2012})
	 */
	public M create(Consumer<? super C> data) {
		return create(data, (shape) -> {
		});
	}

	/**
	 * @param data the record, with nested writes on its relations
	 * @param shape which fields to return
	 * @return the created record
	 * @throws QueryValidationException when a required field is missing ({@code P2012})
	 */
	public M create(Consumer<? super C> data, Consumer<? super S> shape) {
		return record().apply(modelClient().create(NestedWrites.buildCreate(this.creates, data), shape(shape)));
	}

	/**
	 * @param data the records (scalar fields only), e.g. {@code List.of(d -> d.email("a@b.c"), d -> d.email("d@e.f"))}
	 * @return how many were created
	 */
	public long createMany(Collection<? extends Consumer<? super C>> data) {
		return createMany(data, false);
	}

	/**
	 * @param data the records (scalar fields only)
	 * @return how many were created
	 */
	@SafeVarargs
	public final long createMany(Consumer<? super C>... data) {
		List<Consumer<? super C>> rows = new ArrayList<>(data.length);
		for (Consumer<? super C> row : data) {
			rows.add(row);
		}
		return createMany(rows, false);
	}

	/**
	 * @param data the records (scalar fields only)
	 * @param skipDuplicates leave out records that violate a unique constraint
	 * @return how many were created
	 */
	public long createMany(Collection<? extends Consumer<? super C>> data, boolean skipDuplicates) {
		return modelClient().createMany(NestedWrites.buildCreateMany(this.creates, data), skipDuplicates);
	}

	/**
	 * @param data the records (scalar fields only)
	 * @return the created records
	 */
	public List<M> createManyAndReturn(Collection<? extends Consumer<? super C>> data) {
		return createManyAndReturn(data, false);
	}

	/**
	 * @param data the records (scalar fields only)
	 * @param skipDuplicates leave out records that violate a unique constraint
	 * @return the created records
	 */
	public List<M> createManyAndReturn(Collection<? extends Consumer<? super C>> data, boolean skipDuplicates) {
		return records(modelClient().createManyAndReturn(NestedWrites.buildCreateMany(this.creates, data),
				skipDuplicates, Shape.DEFAULT));
	}

	/**
	 * @param data the records (scalar fields only)
	 * @param skipDuplicates leave out records that violate a unique constraint
	 * @param shape which fields to return
	 * @return the created records
	 */
	public List<M> createManyAndReturn(Collection<? extends Consumer<? super C>> data, boolean skipDuplicates,
			Consumer<? super S> shape) {
		return records(modelClient().createManyAndReturn(NestedWrites.buildCreateMany(this.creates, data),
				skipDuplicates, shape(shape)));
	}

	/**
	 * @param where the record's id or unique fields
	 * @param data the changes, with atomic number operations and nested writes
	 * @return the updated record
	 * @throws dev.prismaspring.client.errors.RecordNotFoundException when there is none ({@code P2025})
	 */
	public M update(Function<? super K, UniqueWhere> where, Consumer<? super U> data) {
		return update(where, data, (shape) -> {
		});
	}

	/**
	 * @param where the record's id or unique fields
	 * @param data the changes, with atomic number operations and nested writes
	 * @param shape which fields to return
	 * @return the updated record
	 * @throws dev.prismaspring.client.errors.RecordNotFoundException when there is none ({@code P2025})
	 */
	public M update(Function<? super K, UniqueWhere> where, Consumer<? super U> data, Consumer<? super S> shape) {
		return record().apply(modelClient().update(unique(where, "update"),
				NestedWrites.buildUpdate(this.updates, data), shape(shape)));
	}

	/**
	 * @param where which records
	 * @param data the changes (scalar fields and atomic number operations)
	 * @return how many were updated
	 */
	public long updateMany(Consumer<? super W> where, Consumer<? super U> data) {
		return modelClient().updateMany(WhereBuilder.build(filters(), where), NestedWrites.buildUpdate(this.updates, data));
	}


	/**
	 * @param where which records
	 * @param data the changes (scalar fields and atomic number operations)
	 * @return the updated records, as they are after the update
	 */
	public List<M> updateManyAndReturn(Consumer<? super W> where, Consumer<? super U> data) {
		return updateManyAndReturn(where, data, (shape) -> {
		});
	}

	/**
	 * @param where which records
	 * @param data the changes (scalar fields and atomic number operations)
	 * @param shape which fields to return
	 * @return the updated records, as they are after the update
	 */
	public List<M> updateManyAndReturn(Consumer<? super W> where, Consumer<? super U> data, Consumer<? super S> shape) {
		return records(modelClient().updateManyAndReturn(WhereBuilder.build(filters(), where),
				NestedWrites.buildUpdate(this.updates, data), shape(shape)));
	}

	/**
	 * @param where the record's id or unique fields
	 * @param create the record to create when there is none
	 * @param update the changes when there is one
	 * @return the created or updated record
	 */
	public M upsert(Function<? super K, UniqueWhere> where, Consumer<? super C> create, Consumer<? super U> update) {
		return upsert(where, create, update, (shape) -> {
		});
	}

	/**
	 * @param where the record's id or unique fields
	 * @param create the record to create when there is none
	 * @param update the changes when there is one
	 * @param shape which fields to return
	 * @return the created or updated record
	 */
	public M upsert(Function<? super K, UniqueWhere> where, Consumer<? super C> create, Consumer<? super U> update,
			Consumer<? super S> shape) {
		return record().apply(modelClient().upsert(unique(where, "upsert"), NestedWrites.buildCreate(this.creates, create),
				NestedWrites.buildUpdate(this.updates, update), shape(shape)));
	}

	/**
	 * @param where the record's id or unique fields
	 * @return the deleted record
	 * @throws dev.prismaspring.client.errors.RecordNotFoundException when there is none ({@code P2025})
	 */
	public M delete(Function<? super K, UniqueWhere> where) {
		return record().apply(modelClient().delete(unique(where, "delete"), Shape.DEFAULT));
	}

	/**
	 * @param where the record's id or unique fields
	 * @param shape which fields of the deleted record to return
	 * @return the deleted record
	 * @throws dev.prismaspring.client.errors.RecordNotFoundException when there is none ({@code P2025})
	 */
	public M delete(Function<? super K, UniqueWhere> where, Consumer<? super S> shape) {
		return record().apply(modelClient().delete(unique(where, "delete"), shape(shape)));
	}

	/** @return how many records were deleted: all of them */
	public long deleteMany() {
		return modelClient().deleteMany(Filter.ALL);
	}

	/**
	 * @param where which records
	 * @return how many were deleted
	 */
	public long deleteMany(Consumer<? super W> where) {
		return modelClient().deleteMany(WhereBuilder.build(filters(), where));
	}

	private Map<String, Object> unique(Function<? super K, UniqueWhere> where, String operation) {
		return UniqueSelector.select(this.keys, where, operation);
	}

	private Shape shape(Consumer<? super S> shape) {
		S args = this.shapes.get();
		shape.accept(args);
		return args.buildShape();
	}
}
