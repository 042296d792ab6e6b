package dev.prismaspring.client.engine;

import java.util.List;

import dev.prismaspring.client.query.Filter;

/**
 * Renders how related records are reached: the related table (with the join table of a
 * many-to-many), and the condition that ties them to one record of the owner.
 */
final class RelationJoins {

	private RelationJoins() {
	}

	/** Appends {@code related AS child} and, for a many-to-many, the join table joined to it. */
	static void appendFrom(Sql sql, RelationInfo relation, String child) {
		sql.append(relation.related().table()).append(" AS ").identifier(child);
		if (relation.kind() == RelationInfo.Kind.JOIN_TABLE) {
			String join = joinAlias(child);
			sql.append(" INNER JOIN ").append(relation.joinTable()).append(" AS ").identifier(join).append(" ON ")
				.column(join, relation.relatedColumn()).append(" = ").column(child, relation.remote().get(0).column());
		}
	}

	/** Appends the condition tying the related records at {@code child} to the owner record at {@code parent}. */
	static void appendLink(Sql sql, RelationInfo relation, String child, String parent) {
		if (relation.kind() == RelationInfo.Kind.JOIN_TABLE) {
			sql.column(joinAlias(child), relation.ownerColumn()).append(" = ")
				.column(parent, relation.local().get(0).column());
			return;
		}
		List<FieldInfo> local = relation.local();
		List<FieldInfo> remote = relation.remote();
		for (int i = 0; i < local.size(); i++) {
			if (i > 0) {
				sql.append(" AND ");
			}
			sql.column(child, remote.get(i).column()).append(" = ").column(parent, local.get(i).column());
		}
	}

	/** Appends the expressions on the related side that hold the owner's key (for grouping related records). */
	static void appendOwnerKey(Sql sql, RelationInfo relation, String child) {
		if (relation.kind() == RelationInfo.Kind.JOIN_TABLE) {
			sql.column(joinAlias(child), relation.ownerColumn());
			return;
		}
		List<FieldInfo> remote = relation.remote();
		for (int i = 0; i < remote.size(); i++) {
			if (i > 0) {
				sql.append(", ");
			}
			sql.column(child, remote.get(i).column());
		}
	}

	/** Appends {@code (SELECT count(*) FROM related WHERE linked to parent)}. */
	static void appendCount(Sql sql, RelationInfo relation, String parent) {
		appendCount(sql, relation, parent, null);
	}

	/**
	 * Appends {@code (SELECT count(*) FROM related WHERE linked to parent AND where)}.
	 *
	 * @param where the filter on the related records counted, or {@code null} to count them all
	 */
	static void appendCount(Sql sql, RelationInfo relation, String parent, Filter where) {
		String child = sql.newAlias();
		sql.append("(SELECT count(*) FROM ");
		appendFrom(sql, relation, child);
		sql.append(" WHERE ");
		appendLink(sql, relation, child, parent);
		if (where != null) {
			sql.append(" AND ");
			FilterRenderer.render(sql, relation.related(), child, where);
		}
		sql.append(")");
	}

	static String joinAlias(String child) {
		return child + "_j";
	}
}
