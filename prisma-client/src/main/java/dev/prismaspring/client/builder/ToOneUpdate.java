package dev.prismaspring.client.builder;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.prismaspring.client.query.NestedWrite;

/**
 * The writes on a to-one relation when updating a record:
 * {@code d.profile(p -> p.upsert(c -> c.bio("Hi"), u -> u.bio("Hi")))}.
 *
 * @param <C> the related model's create data
 * @param <U> the related model's update data
 * @param <K> the related model's unique selector
 */
public final class ToOneUpdate<C extends CreateBuilder<C>, U extends WriteBuilder<U>, K> extends NestedWrites {

	private final Supplier<C> creates;

	private final Supplier<U> updates;

	private final K keys;

	/**
	 * @param creates makes the related model's create data, nested under this relation
	 * @param updates makes the related model's update data
	 * @param keys the related model's unique selector
	 */
	public ToOneUpdate(Supplier<C> creates, Supplier<U> updates, K keys) {
		this.creates = Objects.requireNonNull(creates, "creates");
		this.updates = Objects.requireNonNull(updates, "updates");
		this.keys = keys;
	}

	/**
	 * @param data the related record to create and link
	 * @return these writes
	 */
	public ToOneUpdate<C, U, K> create(Consumer<? super C> data) {
		add(new NestedWrite.Create(buildCreate(this.creates, data)));
		return this;
	}

	/**
	 * @param record the existing record to link
	 * @return these writes
	 */
	public ToOneUpdate<C, U, K> connect(Function<? super K, UniqueWhere> record) {
		add(new NestedWrite.Connect(buildUnique(this.keys, record, "connect")));
		return this;
	}

	/**
	 * @param record the record to link when it exists
	 * @param data the record to create otherwise
	 * @return these writes
	 */
	public ToOneUpdate<C, U, K> connectOrCreate(Function<? super K, UniqueWhere> record, Consumer<? super C> data) {
		add(new NestedWrite.ConnectOrCreate(buildUnique(this.keys, record, "connectOrCreate"), buildCreate(this.creates, data)));
		return this;
	}

	/** @return these writes, unlinking the related record (optional relations only) */
	public ToOneUpdate<C, U, K> disconnect() {
		add(new NestedWrite.Disconnect(null));
		return this;
	}

	/**
	 * @param data the changes to the related record
	 * @return these writes
	 */
	public ToOneUpdate<C, U, K> update(Consumer<? super U> data) {
		add(new NestedWrite.Update(null, buildUpdate(this.updates, data)));
		return this;
	}

	/**
	 * @param create the record to create when there is none
	 * @param update the changes when there is one
	 * @return these writes
	 */
	public ToOneUpdate<C, U, K> upsert(Consumer<? super C> create, Consumer<? super U> update) {
		add(new NestedWrite.Upsert(null, buildCreate(this.creates, create), buildUpdate(this.updates, update)));
		return this;
	}

	/** @return these writes, deleting the related record */
	public ToOneUpdate<C, U, K> delete() {
		add(new NestedWrite.Delete(null));
		return this;
	}
}
