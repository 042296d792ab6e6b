package dev.prismaspring.client.engine;

import java.util.List;

import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.model.RelationField;

/**
 * One side of a relation, seen from the model that declares the field: how a record of
 * {@link #owner()} reaches its related records of {@link #related()}.
 * <ul>
 * <li>{@link Kind#FOREIGN_KEY_HERE}: the owner's {@link #local()} columns hold the related
 * record's {@link #remote()} values.</li>
 * <li>{@link Kind#FOREIGN_KEY_THERE}: the related records' {@link #remote()} columns hold the
 * owner's {@link #local()} values.</li>
 * <li>{@link Kind#JOIN_TABLE}: an implicit many-to-many; the join table's {@link #ownerColumn()}
 * holds the owner's key ({@link #local()}), its {@link #relatedColumn()} the related one's
 * ({@link #remote()}).</li>
 * </ul>
 */
final class RelationInfo {

	enum Kind {
		FOREIGN_KEY_HERE, FOREIGN_KEY_THERE, JOIN_TABLE
	}

	private final RelationField field;

	private final Kind kind;

	private final ModelInfo owner;

	private ModelInfo related;

	private List<FieldInfo> local;

	private List<FieldInfo> remote;

	private final String joinTable;

	private final String ownerColumn;

	private final String relatedColumn;

	private RelationInfo back;

	RelationInfo(RelationField field, Kind kind, ModelInfo owner, String joinTable, String ownerColumn,
			String relatedColumn) {
		this.field = field;
		this.kind = kind;
		this.owner = owner;
		this.joinTable = joinTable;
		this.ownerColumn = ownerColumn;
		this.relatedColumn = relatedColumn;
	}

	void link(ModelInfo related, List<FieldInfo> local, List<FieldInfo> remote, RelationInfo back) {
		this.related = related;
		this.local = List.copyOf(local);
		this.remote = List.copyOf(remote);
		this.back = back;
	}

	String name() {
		return this.field.name();
	}

	RelationField field() {
		return this.field;
	}

	Kind kind() {
		return this.kind;
	}

	ModelInfo owner() {
		return this.owner;
	}

	ModelInfo related() {
		return this.related;
	}

	List<FieldInfo> local() {
		return this.local;
	}

	List<FieldInfo> remote() {
		return this.remote;
	}

	/** @return the quoted (and qualified) join table, for {@link Kind#JOIN_TABLE} */
	String joinTable() {
		return this.joinTable;
	}

	String ownerColumn() {
		return this.ownerColumn;
	}

	String relatedColumn() {
		return this.relatedColumn;
	}

	/** @return the relation field on the other side */
	RelationInfo back() {
		return this.back;
	}

	boolean isList() {
		return this.field.arity() == Arity.LIST;
	}

	boolean isRequired() {
		return this.field.arity() == Arity.REQUIRED;
	}

	/** @return {@code Model.relation}, for messages */
	String label() {
		return this.owner.name() + "." + this.field.name();
	}
}
