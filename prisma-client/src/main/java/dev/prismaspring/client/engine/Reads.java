package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.client.RelationLoadStrategy;
import dev.prismaspring.client.Row;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.Shape;

/** Reads records with the chosen relation load strategy, and shapes records that writes returned. */
final class Reads {

	private Reads() {
	}

	static List<Row> findMany(Session session, ModelInfo model, FindArgs args, RelationLoadStrategy strategy) {
		ReadPlan plan = ReadPlan.of(model, args, List.of());
		// Without includes or counts both strategies send the same statement.
		if (QueryStrategyReader.readsRows(plan)) {
			return QueryStrategyReader.readRows(session, plan);
		}
		List<Map<String, Object>> records = (strategy == RelationLoadStrategy.JOIN)
				? JoinStrategyReader.read(session, plan) : QueryStrategyReader.read(session, plan);
		return Records.toRows(plan, records);
	}

	/** @return whether a shape needs more than the scalar columns a write returns */
	static boolean needsReading(Shape shape) {
		return !shape.relations().isEmpty() || !shape.counts().isEmpty();
	}

	/**
	 * @param records records a write returned (every scalar field), in order
	 * @return the records in the shape, reading their relations and counts when it asks for them
	 */
	static List<Row> shape(Session session, ModelInfo model, List<Map<String, Object>> records, Shape shape,
			RelationLoadStrategy strategy) {
		if (records.isEmpty()) {
			return List.of();
		}
		if (!needsReading(shape)) {
			ReadPlan plan = ReadPlan.of(model, FindArgs.ALL.withShape(shape), List.of());
			return Records.toRows(plan, records);
		}
		List<FieldInfo> identity = model.identity();
		Filter where;
		if (identity.size() == 1) {
			List<Object> keys = new ArrayList<>();
			records.forEach((record) -> keys.add(record.get(identity.get(0).name())));
			where = new Filter.Condition(identity.get(0).name(), Filter.Operator.IN, keys, false);
		}
		else {
			List<Filter> identities = new ArrayList<>();
			records.forEach((record) -> identities.add(Writes.identity(model, record)));
			where = new Filter.Or(identities);
		}
		FindArgs args = FindArgs.ALL.withWhere(where)
			.withShape(new Shape(withIdentity(shape, identity), withoutIdentity(shape, identity), shape.relations(),
					shape.counts(), shape.countWhere()));
		List<Row> found = findMany(session, model, args, strategy);
		Map<Object, Row> byIdentity = new LinkedHashMap<>();
		for (Row row : found) {
			byIdentity.put(Records.key(row.asMap(), identity), row);
		}
		List<Row> ordered = new ArrayList<>();
		for (Map<String, Object> record : records) {
			Row row = byIdentity.get(Records.key(record, identity));
			if (row != null) {
				ordered.add(strip(row, shape, identity));
			}
		}
		return ordered;
	}

	private static java.util.Set<String> withIdentity(Shape shape, List<FieldInfo> identity) {
		if (shape.scalars() == null) {
			return null;
		}
		java.util.Set<String> scalars = new java.util.LinkedHashSet<>(shape.scalars());
		identity.forEach((field) -> scalars.add(field.name()));
		return scalars;
	}

	private static java.util.Set<String> withoutIdentity(Shape shape, List<FieldInfo> identity) {
		java.util.Set<String> omit = new java.util.LinkedHashSet<>(shape.omit());
		identity.forEach((field) -> omit.remove(field.name()));
		return omit;
	}

	private static Row strip(Row row, Shape shape, List<FieldInfo> identity) {
		Map<String, Object> values = new LinkedHashMap<>(row.asMap());
		for (FieldInfo field : identity) {
			boolean asked = (shape.scalars() != null) ? shape.scalars().contains(field.name())
					: !shape.omit().contains(field.name());
			if (!asked) {
				values.remove(field.name());
			}
		}
		return new Row(values);
	}
}
