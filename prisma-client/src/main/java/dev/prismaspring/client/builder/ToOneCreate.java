package dev.prismaspring.client.builder;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.prismaspring.client.query.NestedWrite;

/**
 * The writes on a to-one relation when creating a record:
 * {@code d.author(a -> a.connect(u -> u.email("alice@prisma.io")))}.
 *
 * @param <C> the related model's create data
 * @param <K> the related model's unique selector
 */
public final class ToOneCreate<C extends CreateBuilder<C>, K> extends NestedWrites {

	private final Supplier<C> creates;

	private final K keys;

	/**
	 * @param creates makes the related model's create data, nested under this relation
	 * @param keys the related model's unique selector
	 */
	public ToOneCreate(Supplier<C> creates, K keys) {
		this.creates = Objects.requireNonNull(creates, "creates");
		this.keys = keys;
	}

	/**
	 * @param data the related record to create
	 * @return these writes
	 */
	public ToOneCreate<C, K> create(Consumer<? super C> data) {
		add(new NestedWrite.Create(buildCreate(this.creates, data)));
		return this;
	}

	/**
	 * @param record the existing record to link
	 * @return these writes
	 */
	public ToOneCreate<C, K> connect(Function<? super K, UniqueWhere> record) {
		add(new NestedWrite.Connect(buildUnique(this.keys, record, "connect")));
		return this;
	}

	/**
	 * @param record the record to link when it exists
	 * @param data the record to create otherwise
	 * @return these writes
	 */
	public ToOneCreate<C, K> connectOrCreate(Function<? super K, UniqueWhere> record, Consumer<? super C> data) {
		add(new NestedWrite.ConnectOrCreate(buildUnique(this.keys, record, "connectOrCreate"), buildCreate(this.creates, data)));
		return this;
	}
}
