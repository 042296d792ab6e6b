package dev.prismaspring.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.model.EnumType;
import dev.prismaspring.schema.model.IndexDefinition;
import dev.prismaspring.schema.model.IndexField;
import dev.prismaspring.schema.model.Model;
import dev.prismaspring.schema.model.ModelField;
import dev.prismaspring.schema.model.Relation;
import dev.prismaspring.schema.model.RelationField;
import dev.prismaspring.schema.model.ScalarField;

/**
 * What the generated client holds for a schema: the models and enums the client sees (no
 * {@code @@ignore}d models, {@code @ignore}d or {@code Unsupported} fields), with every Java
 * name chosen once, so that the writers only spell them.
 *
 * @param packageName the generated package
 * @param enums the enums, in schema order
 * @param models the models and views, in schema order
 */
record ClientSchema(String packageName, List<ClientEnum> enums, List<ClientModel> models) {

	/** Suffixes of the types generated per model, in the order files are written. */
	static final List<String> MODEL_TYPE_SUFFIXES = List.of("", "Count", "Repository", "Where", "WhereUnique", "OrderBy",
			"Fields", "CountSelect", "Select", "Include", "Shape", "Query", "Create", "Update", "Aggregate", "GroupBy");

	static ClientSchema of(Datamodel datamodel, String packageName) {
		String packageRoot = packageName.substring(0, packageName.indexOf('.') < 0 ? packageName.length()
				: packageName.indexOf('.'));
		Set<String> reservedTypeNames = new HashSet<>(List.of("java", "dev", "javax", packageRoot));
		Set<String> taken = new HashSet<>();
		Map<String, String> enumNames = new LinkedHashMap<>();
		Map<String, Model> visible = new LinkedHashMap<>();
		for (Model model : datamodel.models()) {
			if (!model.ignored()) {
				visible.put(model.name(), model);
			}
		}
		// Schema names first, so that a model keeps its own name and derived names give way.
		for (EnumType type : datamodel.enums()) {
			enumNames.put(type.name(), JavaNames.typeName(type.name(), taken, reservedTypeNames));
		}
		Map<String, String> recordNames = new LinkedHashMap<>();
		for (Model model : visible.values()) {
			recordNames.put(model.name(), JavaNames.typeName(model.name(), taken, reservedTypeNames));
		}
		Map<String, Map<String, String>> derived = new LinkedHashMap<>();
		for (Model model : visible.values()) {
			Map<String, String> names = new LinkedHashMap<>();
			names.put("", recordNames.get(model.name()));
			for (String suffix : MODEL_TYPE_SUFFIXES) {
				if (!suffix.isEmpty()) {
					names.put(suffix, JavaNames.typeName(model.name() + suffix, taken, reservedTypeNames));
				}
			}
			derived.put(model.name(), names);
		}
		Set<String> componentReserved = JavaNames.union(JavaNames.RECORD_FORBIDDEN, reservedTypeNames);
		List<ClientEnum> enums = new ArrayList<>();
		for (EnumType type : datamodel.enums()) {
			List<String> constants = new ArrayList<>();
			for (EnumType.Value value : type.values()) {
				constants.add(JavaNames.escape(value.name(), Set.of(), constants));
			}
			enums.add(new ClientEnum(type, enumNames.get(type.name()), constants));
		}
		List<ClientModel> models = new ArrayList<>();
		for (Model model : visible.values()) {
			models.add(model(datamodel, model, derived, enumNames, visible, componentReserved));
		}
		return new ClientSchema(packageName, enums, models);
	}

	private static ClientModel model(Datamodel datamodel, Model model, Map<String, Map<String, String>> derived,
			Map<String, String> enumNames, Map<String, Model> visible, Set<String> componentReserved) {
		List<String> components = new ArrayList<>();
		List<String> methods = new ArrayList<>();
		List<ClientScalar> scalars = new ArrayList<>();
		List<ClientRelation> relations = new ArrayList<>();
		for (ModelField field : model.fields()) {
			if (field.ignored()) {
				continue;
			}
			if (field instanceof ScalarField scalar) {
				if (scalar.kind() == ScalarField.Kind.UNSUPPORTED) {
					continue;
				}
				ScalarKind kind = (scalar.kind() == ScalarField.Kind.ENUM) ? ScalarKind.ENUM
						: ScalarKind.of(scalar.scalarType());
				String enumName = (kind == ScalarKind.ENUM) ? enumNames.get(scalar.typeName()) : null;
				String component = JavaNames.escape(scalar.name(), componentReserved, components);
				String method = JavaNames.escape(scalar.name(), JavaNames.BUILDER_RESERVED, methods);
				components.add(component);
				methods.add(method);
				scalars.add(new ClientScalar(scalar, component, method, kind, enumName));
			}
			else if (field instanceof RelationField relation && visible.containsKey(relation.relatedModel())) {
				String component = JavaNames.escape(relation.name(), componentReserved, components);
				String method = JavaNames.escape(relation.name(), JavaNames.BUILDER_RESERVED, methods);
				components.add(component);
				methods.add(method);
				relations.add(new ClientRelation(relation, component, method, derived.get(relation.relatedModel()),
						backRelation(datamodel, model, relation)));
			}
		}
		List<ClientUnique> uniques = uniques(model, scalars);
		return new ClientModel(model, derived.get(model.name()), scalars, relations, uniques,
				requirements(model, relations));
	}

	private static String backRelation(Datamodel datamodel, Model model, RelationField field) {
		for (Relation relation : datamodel.relations()) {
			if (relation.modelA().equals(model.name()) && relation.fieldA().equals(field)
					&& relation.modelB().equals(field.relatedModel())) {
				return relation.fieldB().name();
			}
			if (relation.modelB().equals(model.name()) && relation.fieldB().equals(field)
					&& relation.modelA().equals(field.relatedModel())) {
				return relation.fieldA().name();
			}
		}
		return null;
	}

	private static List<ClientUnique> uniques(Model model, List<ClientScalar> scalars) {
		Map<String, ClientScalar> byName = new LinkedHashMap<>();
		for (ClientScalar scalar : scalars) {
			byName.put(scalar.field().name(), scalar);
		}
		List<ClientUnique> uniques = new ArrayList<>();
		Set<List<String>> seen = new HashSet<>();
		if (model.primaryKey() != null) {
			add(uniques, seen, model.primaryKey().name(), model.primaryKey().fields(), byName);
		}
		for (IndexDefinition index : model.indexes()) {
			if (index.unique() && index.predicate() == null) {
				add(uniques, seen, index.name(), index.fields(), byName);
			}
		}
		return uniques;
	}

	private static void add(List<ClientUnique> uniques, Set<List<String>> seen, String name, List<IndexField> fields,
			Map<String, ClientScalar> byName) {
		List<ClientScalar> scalars = new ArrayList<>();
		for (IndexField field : fields) {
			ClientScalar scalar = byName.get(field.name());
			if (scalar == null || scalar.field().arity() == Arity.LIST) {
				return; // a field the client cannot see or compare: no lookup by this criterion
			}
			scalars.add(scalar);
		}
		List<String> names = scalars.stream().map((scalar) -> scalar.field().name()).toList();
		if (scalars.isEmpty() || !seen.add(names)) {
			return;
		}
		String schemaName = (name != null) ? name : String.join("_", names);
		uniques.add(new ClientUnique(schemaName, scalars));
	}

	private static List<Requirement> requirements(Model model, List<ClientRelation> relations) {
		List<Requirement> requirements = new ArrayList<>();
		Set<String> foreignKeys = new HashSet<>();
		for (ClientRelation relation : relations) {
			RelationField field = relation.field();
			if (field.holdsForeignKey() && field.arity() == Arity.REQUIRED) {
				requirements.add(new Requirement(field.name(), field.fields(), null));
				foreignKeys.addAll(field.fields());
			}
		}
		for (ScalarField field : model.scalarFields()) {
			if (field.arity() != Arity.REQUIRED || field.defaultValue() != null || field.updatedAt() || field.ignored()
					|| foreignKeys.contains(field.name())) {
				continue;
			}
			String unsupported = (field.kind() == ScalarField.Kind.UNSUPPORTED) ? field.typeName() : null;
			requirements.add(new Requirement(field.name(), List.of(), unsupported));
		}
		return requirements;
	}

	Optional<ClientModel> model(String name) {
		return this.models.stream().filter((model) -> model.model().name().equals(name)).findFirst();
	}

	/** @return every generated type's simple name */
	Set<String> typeNames() {
		Set<String> names = new HashSet<>();
		for (ClientEnum type : this.enums) {
			names.add(type.javaName());
		}
		for (ClientModel model : this.models) {
			names.addAll(model.names().values());
		}
		return names;
	}

	/**
	 * An enum.
	 *
	 * @param type the schema's enum
	 * @param javaName the generated enum's name
	 * @param constants the constants' names, in the order of the values
	 */
	record ClientEnum(EnumType type, String javaName, List<String> constants) {
	}

	/**
	 * A model or view.
	 *
	 * @param model the schema's model
	 * @param names the generated types' names, by suffix ({@code ""} for the record)
	 * @param scalars the fields the client reads and writes
	 * @param relations the relations to models the client sees
	 * @param uniques the unique criteria, id first
	 * @param requirements what a create must set
	 */
	record ClientModel(Model model, Map<String, String> names, List<ClientScalar> scalars,
			List<ClientRelation> relations, List<ClientUnique> uniques, List<Requirement> requirements) {

		String name(String suffix) {
			return this.names.get(suffix);
		}

		/** @return whether the client writes it: a model, not a view, with a unique criterion */
		boolean writable() {
			return !this.model.view() && !this.uniques.isEmpty();
		}

		boolean hasUnique() {
			return !this.uniques.isEmpty();
		}

		List<ClientRelation> listRelations() {
			return this.relations.stream().filter(ClientRelation::list).toList();
		}
	}

	/**
	 * A scalar or enum field.
	 *
	 * @param field the schema's field
	 * @param component the record component's name
	 * @param method the builder methods' name
	 * @param kind how its type appears in Java
	 * @param enumName the generated enum's name, for enum fields
	 */
	record ClientScalar(ScalarField field, String component, String method, ScalarKind kind, String enumName) {

		boolean list() {
			return this.field.arity() == Arity.LIST;
		}
	}

	/**
	 * A relation field.
	 *
	 * @param field the schema's field
	 * @param component the record component's name
	 * @param method the builder methods' name
	 * @param target the related model's generated types' names, by suffix
	 * @param backRelation the relation field on the related model that leads back, or {@code null}
	 */
	record ClientRelation(RelationField field, String component, String method, Map<String, String> target,
			String backRelation) {

		boolean list() {
			return this.field.arity() == Arity.LIST;
		}
	}

	/**
	 * A way to identify one record.
	 *
	 * @param schemaName Prisma's name for it: the field's name, {@code name:}, or the fields joined by {@code _}
	 * @param fields its fields
	 */
	record ClientUnique(String schemaName, List<ClientScalar> fields) {
	}

	/**
	 * What a create must set.
	 *
	 * @param name a scalar field, or a relation
	 * @param foreignKey for a relation, its foreign key fields
	 * @param unsupportedType for a field of an unsupported type, the type
	 */
	record Requirement(String name, List<String> foreignKey, String unsupportedType) {
	}
}
