package dev.prismaspring.client.query;

import java.util.List;
import java.util.Map;

/**
 * A write on related records inside a create or update, as Prisma Client's nested writes, run
 * in the order given. {@code unique} arguments map field names to values and identify one
 * related record; on a to-one relation they may be {@code null} for "the related record". A
 * create takes {@code Create}, {@code CreateMany} (list relations on the side without the
 * foreign key), {@code Connect} and {@code ConnectOrCreate}; an update takes them all. Writes
 * that would leave a record without its required relation fail with {@code P2014}; writes that
 * need a related record that is not there fail with {@code P2025}.
 */
public sealed interface NestedWrite {

	/** @param data the related record to create */
	record Create(WriteData data) implements NestedWrite {
	}

	/**
	 * @param data the related records to create
	 * @param skipDuplicates whether rows that violate a unique constraint are left out
	 */
	record CreateMany(List<WriteData> data, boolean skipDuplicates) implements NestedWrite {

		public CreateMany {
			data = List.copyOf(data);
		}
	}

	/** @param unique the existing record to link */
	record Connect(Map<String, Object> unique) implements NestedWrite {
	}

	/**
	 * @param unique the record to link when it exists
	 * @param create the record to create and link otherwise
	 */
	record ConnectOrCreate(Map<String, Object> unique, WriteData create) implements NestedWrite {
	}

	/** @param unique the record to unlink, or {@code null} for the one related record of a to-one relation */
	record Disconnect(Map<String, Object> unique) implements NestedWrite {
	}

	/** @param uniques the records that become the whole relation (list relations) */
	record Set(List<Map<String, Object>> uniques) implements NestedWrite {

		public Set {
			uniques = List.copyOf(uniques);
		}
	}

	/**
	 * @param unique the related record to update, or {@code null} for the one of a to-one relation
	 * @param data the update
	 */
	record Update(Map<String, Object> unique, WriteData data) implements NestedWrite {
	}

	/**
	 * @param where which related records to update
	 * @param data the update
	 */
	record UpdateMany(Filter where, WriteData data) implements NestedWrite {
	}

	/**
	 * @param unique the related record, or {@code null} for the one of a to-one relation
	 * @param create the record to create when there is none
	 * @param update the update when there is one
	 */
	record Upsert(Map<String, Object> unique, WriteData create, WriteData update) implements NestedWrite {
	}

	/** @param unique the related record to delete, or {@code null} for the one of a to-one relation */
	record Delete(Map<String, Object> unique) implements NestedWrite {
	}

	/** @param where which related records to delete */
	record DeleteMany(Filter where) implements NestedWrite {
	}
}
