package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.prismaspring.client.Row;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.Shape;

/**
 * What one level of a read selects: the scalar fields it returns, the ones it needs besides
 * (keys to stitch relations, distinct fields), the relations it includes with their own plans,
 * and the relation counts.
 */
final class ReadPlan {

	private final ModelInfo model;

	private final FindArgs args;

	private final List<FieldInfo> output;

	private final List<FieldInfo> columns;

	private final List<Include> includes;

	private final List<RelationInfo> counts;

	private final Row.Layout layout;

	private final Row.Layout columnLayout;

	private final Codec[] codecs;

	private ReadPlan(ModelInfo model, FindArgs args, List<FieldInfo> output, List<FieldInfo> columns,
			List<Include> includes, List<RelationInfo> counts) {
		this.model = model;
		this.args = args;
		this.output = output;
		this.columns = columns;
		this.includes = includes;
		this.counts = counts;
		this.codecs = new Codec[columns.size()];
		for (int i = 0; i < this.codecs.length; i++) {
			this.codecs[i] = columns.get(i).codec();
		}
		if (output == model.fields() && rowsAreColumns()) {
			this.layout = model.fieldsLayout();
			this.columnLayout = this.layout;
			return;
		}
		List<String> names = new ArrayList<>();
		output.forEach((field) -> names.add(field.name()));
		includes.forEach((include) -> names.add(include.relation().name()));
		if (!counts.isEmpty()) {
			names.add(Records.COUNT);
		}
		this.layout = Row.Layout.of(names);
		this.columnLayout = rowsAreColumns() ? this.layout
				: Row.Layout.of(columns.stream().map(FieldInfo::name).toList());
	}

	/**
	 * @return whether the rows of this level hold exactly the columns read, in order: no hidden
	 * column, no include, no count
	 */
	boolean rowsAreColumns() {
		return this.output.size() == this.columns.size() && this.includes.isEmpty() && this.counts.isEmpty();
	}

	/**
	 * @param model the model read
	 * @param args the arguments of this level
	 * @param needed fields to read even when the shape leaves them out
	 * @return the plan, with the plans of included relations
	 */
	static ReadPlan of(ModelInfo model, FindArgs args, Collection<FieldInfo> needed) {
		Shape shape = args.shape();
		if (shape.scalars() == null && shape.omit().isEmpty() && shape.relations().isEmpty()
				&& shape.counts().isEmpty()) {
			// The whole record and nothing else, the most common read: every field is output, so
			// whatever else is needed (keys, distinct fields) is among them.
			for (String name : args.distinct()) {
				model.field(name);
			}
			return new ReadPlan(model, args, model.fields(), model.fields(), List.of(), List.of());
		}
		Set<FieldInfo> output = new LinkedHashSet<>();
		if (shape.scalars() == null) {
			for (String omitted : shape.omit()) {
				model.field(omitted);
			}
			for (FieldInfo field : model.fields()) {
				if (!shape.omit().contains(field.name())) {
					output.add(field);
				}
			}
		}
		else {
			for (String name : shape.scalars()) {
				output.add(model.field(name));
			}
		}
		Set<FieldInfo> hidden = new LinkedHashSet<>(needed);
		for (String name : args.distinct()) {
			hidden.add(model.field(name));
		}
		List<Include> includes = new ArrayList<>();
		for (Map.Entry<String, FindArgs> entry : shape.relations().entrySet()) {
			RelationInfo relation = model.relation(entry.getKey());
			hidden.addAll(relation.local());
			FindArgs nested = entry.getValue();
			if (!relation.isList() && (nested.skip() != null || nested.take() != null || nested.cursor() != null
					|| !nested.orderBy().isEmpty() || !nested.distinct().isEmpty())) {
				throw QueryErrors.invalid("`" + relation.label() + "` is a to-one relation: its include takes no"
						+ " order, pagination or distinct.");
			}
			List<FieldInfo> childNeeds = (relation.kind() == RelationInfo.Kind.JOIN_TABLE) ? List.of() : relation.remote();
			includes.add(new Include(relation, of(relation.related(), nested, childNeeds)));
		}
		List<RelationInfo> counts = new ArrayList<>();
		for (String name : shape.counts()) {
			RelationInfo relation = model.relation(name);
			if (!relation.isList()) {
				throw QueryErrors.invalid("`" + relation.label() + "` is a to-one relation and has no count.");
			}
			counts.add(relation);
		}
		List<FieldInfo> ordered = new ArrayList<>();
		List<FieldInfo> columns = new ArrayList<>();
		for (FieldInfo field : model.fields()) {
			if (output.contains(field)) {
				ordered.add(field);
			}
			if (output.contains(field) || hidden.contains(field)) {
				columns.add(field);
			}
		}
		return new ReadPlan(model, args, ordered, columns, includes, counts);
	}

	ModelInfo model() {
		return this.model;
	}

	FindArgs args() {
		return this.args;
	}

	/** @return the scalar fields the result holds */
	List<FieldInfo> output() {
		return this.output;
	}

	/** @return the scalar fields read, in declaration order */
	List<FieldInfo> columns() {
		return this.columns;
	}

	/** @return the codecs of {@link #columns()}, in their order (not to be changed) */
	Codec[] codecs() {
		return this.codecs;
	}

	List<Include> includes() {
		return this.includes;
	}

	List<RelationInfo> counts() {
		return this.counts;
	}

	/**
	 * @param counted one of {@link #counts()}
	 * @return the filter on the related records it counts, or {@code null} when it counts them all
	 */
	Filter countWhere(RelationInfo counted) {
		return this.args.shape().countWhere().get(counted.name());
	}

	/** @return the fields of the rows this level returns: its output, its includes and {@code _count} */
	Row.Layout layout() {
		return this.layout;
	}

	/** @return the names of {@link #columns()}, as a layout for the records read */
	Row.Layout columnLayout() {
		return this.columnLayout;
	}

	/**
	 * An included relation.
	 *
	 * @param relation the relation
	 * @param plan what is read of the related records
	 */
	record Include(RelationInfo relation, ReadPlan plan) {
	}
}
