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
import dev.prismaspring.client.query.WriteData;

/**
 * The writes on a relation inside a create or update ({@link ToOneCreate}, {@link ToOneUpdate},
 * {@link ToManyCreate}, {@link ToManyUpdate}), in the order they were given.
 */
public abstract class NestedWrites {

	private final List<NestedWrite> writes = new ArrayList<>();

	NestedWrites() {
	}

	final List<NestedWrite> writes() {
		return this.writes;
	}

	final void add(NestedWrite write) {
		this.writes.add(write);
	}

	static <C extends CreateBuilder<C>> WriteData buildCreate(Supplier<C> factory, Consumer<? super C> data) {
		C create = factory.get();
		data.accept(create);
		return create.build();
	}

	static <U extends WriteBuilder<U>> WriteData buildUpdate(Supplier<U> factory, Consumer<? super U> data) {
		U update = factory.get();
		data.accept(update);
		return update.build();
	}

	static <C extends CreateBuilder<C>> List<WriteData> buildCreateMany(Supplier<C> factory,
			Collection<? extends Consumer<? super C>> data) {
		List<WriteData> rows = new ArrayList<>(data.size());
		for (Consumer<? super C> row : Objects.requireNonNull(data, "data")) {
			C create = factory.get();
			row.accept(create);
			WriteData built = create.build();
			if (!built.relations().isEmpty()) {
				throw QueryValidationException.invalid("createMany writes scalar fields only, but a `" + create.model()
						+ "` row writes the relations " + built.relations().keySet()
						+ ": set their foreign key fields instead, or use create.");
			}
			rows.add(built);
		}
		return rows;
	}

	static <K> Map<String, Object> buildUnique(K keys, Function<? super K, UniqueWhere> criterion, String operation) {
		return UniqueSelector.select(keys, criterion, operation);
	}

	static <W extends WhereBuilder<W>> Filter buildWhere(Supplier<W> factory, Consumer<? super W> filter) {
		return WhereBuilder.build(factory, filter);
	}
}
