package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.prismaspring.client.query.Filter;

/**
 * The base of a generated model filter ({@code UserWhere}): one method per field returns the
 * conditions of that field's type, and conditions chained on one filter must all hold, as the
 * fields of a Prisma {@code where} object:
 * {@code w -> w.email().endsWith("@prisma.io").name().not(null)}.
 *
 * @param <W> the generated filter
 */
public abstract class WhereBuilder<W extends WhereBuilder<W>> {

	private final Supplier<W> factory;

	private final List<Filter> filters = new ArrayList<>();

	/** @param factory makes a new, empty filter of the same model, for {@link #and}, {@link #or} and {@link #not} */
	protected WhereBuilder(Supplier<W> factory) {
		this.factory = Objects.requireNonNull(factory, "factory");
	}

	/**
	 * @param filters filters that must all hold
	 * @return this filter
	 */
	@SafeVarargs
	public final W and(Consumer<? super W>... filters) {
		List<Filter> built = new ArrayList<>(filters.length);
		for (Consumer<? super W> filter : filters) {
			built.add(build(this.factory, filter));
		}
		add(new Filter.And(built));
		return self();
	}

	/**
	 * @param filters filters of which at least one must hold (none given: nothing matches)
	 * @return this filter
	 */
	@SafeVarargs
	public final W or(Consumer<? super W>... filters) {
		List<Filter> built = new ArrayList<>(filters.length);
		for (Consumer<? super W> filter : filters) {
			built.add(build(this.factory, filter));
		}
		add(new Filter.Or(built));
		return self();
	}

	/**
	 * @param filters filters of which none may hold
	 * @return this filter
	 */
	@SafeVarargs
	public final W not(Consumer<? super W>... filters) {
		List<Filter> built = new ArrayList<>(filters.length);
		for (Consumer<? super W> filter : filters) {
			built.add(build(this.factory, filter));
		}
		add(new Filter.Not(built));
		return self();
	}

	/** @return the engine's filter: all conditions added so far */
	public final Filter build() {
		return (this.filters.size() == 1) ? this.filters.get(0) : new Filter.And(this.filters);
	}

	/**
	 * @param field a {@code String} field's name
	 * @return its conditions
	 */
	protected final StringFilter<W> stringField(String field) {
		return new StringFilter<>(self(), field, this::add);
	}

	/**
	 * @param <N> the field's Java type
	 * @param field an {@code Int}, {@code BigInt}, {@code Float} or {@code Decimal} field's name
	 * @return its conditions
	 */
	protected final <N extends Number> NumberFilter<W, N> numberField(String field) {
		return new NumberFilter<>(self(), field, this::add);
	}

	/**
	 * @param field a {@code Boolean} field's name
	 * @return its conditions
	 */
	protected final BooleanFilter<W> booleanField(String field) {
		return new BooleanFilter<>(self(), field, this::add);
	}

	/**
	 * @param field a {@code DateTime} field's name
	 * @return its conditions
	 */
	protected final DateTimeFilter<W> dateTimeField(String field) {
		return new DateTimeFilter<>(self(), field, this::add);
	}

	/**
	 * @param <E> the generated enum
	 * @param field an enum field's name
	 * @return its conditions
	 */
	protected final <E extends Enum<E> & PrismaEnum> EnumFilter<W, E> enumField(String field) {
		return new EnumFilter<>(self(), field, this::add);
	}

	/**
	 * @param field a {@code Bytes} field's name
	 * @return its conditions
	 */
	protected final BytesFilter<W> bytesField(String field) {
		return new BytesFilter<>(self(), field, this::add);
	}

	/**
	 * @param field a {@code Json} field's name
	 * @return its conditions
	 */
	protected final JsonFilter<W> jsonField(String field) {
		return new JsonFilter<>(self(), field, this::add);
	}

	/**
	 * @param <T> the element type
	 * @param field a scalar list field's name
	 * @return its conditions
	 */
	protected final <T> ListFilter<W, T> listField(String field) {
		return new ListFilter<>(self(), field, this::add);
	}

	/**
	 * @param <R> the related model's filter
	 * @param relation a list relation's name
	 * @param related makes filters of the related model
	 * @param filter the conditions on the related records
	 * @return this filter
	 */
	protected final <R extends WhereBuilder<R>> W toManyRelation(String relation, Supplier<R> related,
			Consumer<? super ToManyFilter<R>> filter) {
		ToManyFilter<R> conditions = new ToManyFilter<>(relation, related);
		filter.accept(conditions);
		conditions.conditions().forEach(this::add);
		return self();
	}

	/**
	 * @param <R> the related model's filter
	 * @param relation a to-one relation's name
	 * @param related makes filters of the related model
	 * @param filter the conditions on the related record
	 * @return this filter
	 */
	protected final <R extends WhereBuilder<R>> W toOneRelation(String relation, Supplier<R> related,
			Consumer<? super ToOneFilter<R>> filter) {
		ToOneFilter<R> conditions = new ToOneFilter<>(relation, related);
		filter.accept(conditions);
		conditions.conditions().forEach(this::add);
		return self();
	}

	final void add(Filter filter) {
		if (filter != Filter.ALL) {
			this.filters.add(filter);
		}
	}

	@SuppressWarnings("unchecked")
	private W self() {
		return (W) this;
	}

	static <W extends WhereBuilder<W>> Filter build(Supplier<W> factory, Consumer<? super W> filter) {
		W where = factory.get();
		filter.accept(where);
		return where.build();
	}
}
