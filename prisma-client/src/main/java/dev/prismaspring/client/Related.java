package dev.prismaspring.client;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A relation on a generated record: loaded (with the related record, {@code null} for a missing
 * to-one, or the list of related records) or not loaded because the query did not include it.
 * A relation that was not loaded never looks like an empty one: {@link #get()} throws.
 *
 * @param <T> the related record, or the list of them
 */
public final class Related<T> {

	private static final Related<?> NOT_LOADED = new Related<>(false, null, null);

	private static final Map<String, Related<?>> NOT_LOADED_BY_NAME = new ConcurrentHashMap<>();

	/**
	 * The last not-loaded relation per slot (chosen by the name's hash), found by the name's
	 * identity: generated records pass the same string constant for every row, so a read of many
	 * rows finds it here without a map lookup. A slot holds an immutable object, so a race
	 * between two threads only costs a lookup.
	 */
	private static final Related<?>[] RECENT = new Related<?>[64];

	private final boolean loaded;

	private final T value;

	private final String name;

	private Related(boolean loaded, T value, String name) {
		this.loaded = loaded;
		this.value = value;
		this.name = name;
	}

	/**
	 * @param <T> the related type
	 * @param value the related record(s); {@code null} for a to-one relation with no record
	 * @return a loaded relation
	 */
	public static <T> Related<T> loaded(T value) {
		return new Related<>(true, value, null);
	}

	/**
	 * @param <T> the related type
	 * @return a relation the query did not include
	 */
	@SuppressWarnings("unchecked")
	public static <T> Related<T> notLoaded() {
		return (Related<T>) NOT_LOADED;
	}

	/**
	 * @param <T> the related type
	 * @param relation the relation's name, for the error message
	 * @return a relation the query did not include
	 */
	@SuppressWarnings("unchecked")
	public static <T> Related<T> notLoaded(String relation) {
		// One per relation name, shared: every record read without the relation holds one, and a
		// read of 1,000 records would otherwise make 1,000 of them per relation.
		int slot = Objects.requireNonNull(relation, "relation").hashCode() & (RECENT.length - 1);
		Related<?> notLoaded = RECENT[slot];
		if (notLoaded == null || notLoaded.name != relation) {
			notLoaded = NOT_LOADED_BY_NAME.computeIfAbsent(relation, (name) -> new Related<>(false, null, name));
			RECENT[slot] = notLoaded;
		}
		return (Related<T>) notLoaded;
	}

	/** @return whether the query included the relation */
	public boolean isLoaded() {
		return this.loaded;
	}

	/**
	 * @return the related record(s); {@code null} for a to-one relation without a record
	 * @throws NoSuchElementException when the relation was not included in the query
	 */
	public T get() {
		if (!this.loaded) {
			throw new NoSuchElementException("The relation" + ((this.name != null) ? " `" + this.name + "`" : "")
					+ " was not loaded: add it to the query's include (or select) to read it.");
		}
		return this.value;
	}

	/**
	 * @param fallback what to return when the relation was not loaded
	 * @return the related record(s), or the fallback's value
	 */
	public T orElseGet(Supplier<T> fallback) {
		return this.loaded ? this.value : fallback.get();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Related<?> related && related.loaded == this.loaded
				&& Objects.equals(related.value, this.value);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.loaded, this.value);
	}

	@Override
	public String toString() {
		return this.loaded ? String.valueOf(this.value) : "<not loaded>";
	}
}
