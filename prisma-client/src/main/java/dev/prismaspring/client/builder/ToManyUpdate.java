package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.NestedWrite;

/**
 * The writes on a list relation when updating a record:
 * {@code d.posts(p -> p.updateMany(w -> w.published().equals(false), u -> u.published(true)).disconnect(k -> k.id(3)))}.
 *
 * @param <C> the related model's create data
 * @param <U> the related model's update data
 * @param <K> the related model's unique selector
 * @param <W> the related model's filter
 */
public final class ToManyUpdate<C extends CreateBuilder<C>, U extends WriteBuilder<U>, K, W extends WhereBuilder<W>>
		extends NestedWrites {

	private final Supplier<C> creates;

	private final Supplier<U> updates;

	private final K keys;

	private final Supplier<W> filters;

	/**
	 * @param creates makes the related model's create data, nested under this relation
	 * @param updates makes the related model's update data
	 * @param keys the related model's unique selector
	 * @param filters makes the related model's filter
	 */
	public ToManyUpdate(Supplier<C> creates, Supplier<U> updates, K keys, Supplier<W> filters) {
		this.creates = Objects.requireNonNull(creates, "creates");
		this.updates = Objects.requireNonNull(updates, "updates");
		this.keys = keys;
		this.filters = Objects.requireNonNull(filters, "filters");
	}

	/**
	 * @param data a related record to create
	 * @return these writes
	 */
	public ToManyUpdate<C, U, K, W> create(Consumer<? super C> data) {
		add(new NestedWrite.Create(buildCreate(this.creates, data)));
		return this;
	}

	/**
	 * @param data related records to create in one statement (scalar fields only)
	 * @return these writes
	 */
	@SafeVarargs
	public final ToManyUpdate<C, U, K, W> createMany(Consumer<? super C>... data) {
		List<Consumer<? super C>> rows = new ArrayList<>(data.length);
		for (Consumer<? super C> row : data) {
			rows.add(row);
		}
		return createMany(rows, false);
	}

	/**
	 * @param data related records to create in one statement (scalar fields only)
	 * @param skipDuplicates leave out records that violate a unique constraint
	 * @return these writes
	 */
	public ToManyUpdate<C, U, K, W> createMany(Collection<? extends Consumer<? super C>> data,
			boolean skipDuplicates) {
		add(new NestedWrite.CreateMany(buildCreateMany(this.creates, data), skipDuplicates));
		return this;
	}

	/**
	 * @param record an existing record to link
	 * @return these writes
	 */
	public ToManyUpdate<C, U, K, W> connect(Function<? super K, UniqueWhere> record) {
		add(new NestedWrite.Connect(buildUnique(this.keys, record, "connect")));
		return this;
	}

	/**
	 * @param record a record to link when it exists
	 * @param data the record to create otherwise
	 * @return these writes
	 */
	public ToManyUpdate<C, U, K, W> connectOrCreate(Function<? super K, UniqueWhere> record,
			Consumer<? super C> data) {
		add(new NestedWrite.ConnectOrCreate(buildUnique(this.keys, record, "connectOrCreate"),
				buildCreate(this.creates, data)));
		return this;
	}

	/**
	 * @param records the records that become the whole relation; none given unlinks all
	 * @return these writes
	 */
	@SafeVarargs
	public final ToManyUpdate<C, U, K, W> set(Function<? super K, UniqueWhere>... records) {
		List<Map<String, Object>> uniques = new ArrayList<>(records.length);
		for (Function<? super K, UniqueWhere> record : records) {
			uniques.add(buildUnique(this.keys, record, "set"));
		}
		add(new NestedWrite.Set(uniques));
		return this;
	}

	/**
	 * @param record a related record to unlink
	 * @return these writes
	 */
	public ToManyUpdate<C, U, K, W> disconnect(Function<? super K, UniqueWhere> record) {
		add(new NestedWrite.Disconnect(buildUnique(this.keys, record, "disconnect")));
		return this;
	}

	/**
	 * @param record a related record
	 * @param data its changes
	 * @return these writes
	 */
	public ToManyUpdate<C, U, K, W> update(Function<? super K, UniqueWhere> record, Consumer<? super U> data) {
		add(new NestedWrite.Update(buildUnique(this.keys, record, "update"), buildUpdate(this.updates, data)));
		return this;
	}

	/**
	 * @param where which related records
	 * @param data their changes (scalar fields)
	 * @return these writes
	 */
	public ToManyUpdate<C, U, K, W> updateMany(Consumer<? super W> where, Consumer<? super U> data) {
		add(new NestedWrite.UpdateMany(buildWhere(this.filters, where), buildUpdate(this.updates, data)));
		return this;
	}

	/**
	 * @param record a related record
	 * @param create the record to create when there is none
	 * @param update the changes when there is one
	 * @return these writes
	 */
	public ToManyUpdate<C, U, K, W> upsert(Function<? super K, UniqueWhere> record, Consumer<? super C> create,
			Consumer<? super U> update) {
		add(new NestedWrite.Upsert(buildUnique(this.keys, record, "upsert"), buildCreate(this.creates, create),
				buildUpdate(this.updates, update)));
		return this;
	}

	/**
	 * @param record a related record to delete
	 * @return these writes
	 */
	public ToManyUpdate<C, U, K, W> delete(Function<? super K, UniqueWhere> record) {
		add(new NestedWrite.Delete(buildUnique(this.keys, record, "delete")));
		return this;
	}

	/**
	 * @param where which related records to delete
	 * @return these writes
	 */
	public ToManyUpdate<C, U, K, W> deleteMany(Consumer<? super W> where) {
		add(new NestedWrite.DeleteMany(buildWhere(this.filters, where)));
		return this;
	}

	/** @return these writes, deleting every related record */
	public ToManyUpdate<C, U, K, W> deleteMany() {
		add(new NestedWrite.DeleteMany(Filter.ALL));
		return this;
	}
}
