package dev.prismaspring.migrate.sql;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name the constraint's name
 * @param columns the referencing columns in order
 * @param referencedNamespace the schema of the referenced table
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the order of {@code columns}
 * @param onDelete what happens to referencing rows when the referenced row is deleted
 * @param onUpdate what happens to them when the referenced key changes
 */
public record ForeignKey(String name, List<String> columns, String referencedNamespace, String referencedTable,
		List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {

	public ForeignKey {
		columns = List.copyOf(columns);
		referencedColumns = List.copyOf(referencedColumns);
	}
}
