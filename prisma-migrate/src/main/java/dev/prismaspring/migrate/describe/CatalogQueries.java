package dev.prismaspring.migrate.describe;

/** The catalog queries of the describer; each takes the schema names as its one array parameter. */
final class CatalogQueries {

	static final String NAMESPACES = """
			select nspname from pg_namespace where nspname = any(?) order by nspname""";

	static final String EXTENSIONS = """
			select e.extname, n.nspname, e.extversion
			  from pg_extension e join pg_namespace n on n.oid = e.extnamespace
			 where e.extname <> 'plpgsql' and n.nspname = any(?)
			 order by e.extname""";

	static final String ENUMS = """
			select n.nspname, t.typname, array_agg(e.enumlabel order by e.enumsortorder)
			  from pg_type t
			  join pg_namespace n on n.oid = t.typnamespace
			  join pg_enum e on e.enumtypid = t.oid
			 where n.nspname = any(?)
			 group by n.nspname, t.typname
			 order by n.nspname, t.typname""";

	static final String COLUMNS = """
			select n.nspname, c.relname, a.attname, a.attnotnull, a.attidentity,
			       pg_get_expr(d.adbin, d.adrelid) as default_sql,
			       format_type(a.atttypid, a.atttypmod) as formatted,
			       coalesce(elem.typname, t.typname) as base_type,
			       coalesce(elem.typtype, t.typtype) as base_kind,
			       coalesce(elemns.nspname, tns.nspname) as type_namespace,
			       (t.typcategory = 'A') as is_array,
			       col_description(c.oid, a.attnum) as comment,
			       obj_description(c.oid, 'pg_class') as table_comment
			  from pg_attribute a
			  join pg_class c on c.oid = a.attrelid
			  join pg_namespace n on n.oid = c.relnamespace
			  join pg_type t on t.oid = a.atttypid
			  join pg_namespace tns on tns.oid = t.typnamespace
			  left join pg_type elem on elem.oid = t.typelem and t.typcategory = 'A'
			  left join pg_namespace elemns on elemns.oid = elem.typnamespace
			  left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
			 where n.nspname = any(?) and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
			 order by n.nspname, c.relname, a.attnum""";

	static final String CONSTRAINTS = """
			select n.nspname, c.relname, k.conname, k.contype,
			       array(select a.attname from unnest(k.conkey) with ordinality u(num, pos)
			              join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.num order by u.pos) as columns,
			       rn.nspname as ref_namespace, rc.relname as ref_table,
			       array(select a.attname from unnest(k.confkey) with ordinality u(num, pos)
			              join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.num order by u.pos) as ref_columns,
			       k.confdeltype, k.confupdtype, pg_get_constraintdef(k.oid) as definition
			  from pg_constraint k
			  join pg_class c on c.oid = k.conrelid
			  join pg_namespace n on n.oid = c.relnamespace
			  left join pg_class rc on rc.oid = k.confrelid
			  left join pg_namespace rn on rn.oid = rc.relnamespace
			 where n.nspname = any(?) and k.contype in ('p', 'f', 'c')
			 order by n.nspname, c.relname, k.conname""";

	static final String INDEXES = """
			select n.nspname, t.relname as table_name, i.relname as index_name, x.indisunique, am.amname,
			       pg_get_expr(x.indpred, x.indrelid) as predicate,
			       array(select a.attname from unnest(x.indkey) with ordinality u(num, pos)
			              join pg_attribute a on a.attrelid = x.indrelid and a.attnum = u.num order by u.pos) as columns,
			       array(select (x.indoption[u.pos - 1] & 1) = 1 from unnest(x.indkey) with ordinality u(num, pos)
			              order by u.pos) as descending,
			       array(select case when oc.opcdefault then '*' || oc.opcname else oc.opcname end
			               from unnest(x.indclass) with ordinality u(cls, pos)
			               join pg_opclass oc on oc.oid = u.cls order by u.pos) as operator_classes,
			       (x.indexprs is not null) as has_expressions
			  from pg_index x
			  join pg_class i on i.oid = x.indexrelid
			  join pg_class t on t.oid = x.indrelid
			  join pg_namespace n on n.oid = t.relnamespace
			  join pg_am am on am.oid = i.relam
			 where n.nspname = any(?) and not x.indisprimary and t.relkind in ('r', 'p')
			 order by n.nspname, t.relname, i.relname""";

	static final String VIEWS = """
			select n.nspname, c.relname, pg_get_viewdef(c.oid)
			  from pg_class c join pg_namespace n on n.oid = c.relnamespace
			 where n.nspname = any(?) and c.relkind in ('v', 'm')
			 order by n.nspname, c.relname""";

	private CatalogQueries() {
	}
}
