package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.prismaspring.client.query.NestedWrite;

/**
 * The writes on a list relation when creating a record:
 * {@code d.posts(p -> p.create(c -> c.title("Hello")).connect(k -> k.id(7)))}.
 *
 * @param <C> the related model's create data
 * @param <K> the related model's unique selector
 */
public final class ToManyCreate<C extends CreateBuilder<C>, K> extends NestedWrites {

	private final Supplier<C> creates;

	private final K keys;

	/**
	 * @param creates makes the related model's create data, nested under this relation
	 * @param keys the related model's unique selector
	 */
	public ToManyCreate(Supplier<C> creates, K keys) {
		this.creates = Objects.requireNonNull(creates, "creates");
		this.keys = keys;
	}

	/**
	 * @param data a related record to create
	 * @return these writes
	 */
	public ToManyCreate<C, K> create(Consumer<? super C> data) {
		add(new NestedWrite.Create(buildCreate(this.creates, data)));
		return this;
	}

	/**
	 * @param data related records to create in one statement (scalar fields only)
	 * @return these writes
	 */
	@SafeVarargs
	public final ToManyCreate<C, K> createMany(Consumer<? super C>... data) {
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
	public ToManyCreate<C, K> createMany(Collection<? extends Consumer<? super C>> data, boolean skipDuplicates) {
		add(new NestedWrite.CreateMany(buildCreateMany(this.creates, data), skipDuplicates));
		return this;
	}

	/**
	 * @param record an existing record to link
	 * @return these writes
	 */
	public ToManyCreate<C, K> connect(Function<? super K, UniqueWhere> record) {
		add(new NestedWrite.Connect(buildUnique(this.keys, record, "connect")));
		return this;
	}

	/**
	 * @param record a record to link when it exists
	 * @param data the record to create otherwise
	 * @return these writes
	 */
	public ToManyCreate<C, K> connectOrCreate(Function<? super K, UniqueWhere> record, Consumer<? super C> data) {
		add(new NestedWrite.ConnectOrCreate(buildUnique(this.keys, record, "connectOrCreate"),
				buildCreate(this.creates, data)));
		return this;
	}
}
