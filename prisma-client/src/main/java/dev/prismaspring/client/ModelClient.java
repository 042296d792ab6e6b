package dev.prismaspring.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.prismaspring.client.query.AggregateArgs;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.client.query.WriteData;

/**
 * The operations of Prisma Client on one model, untyped: generated repositories call these with
 * arguments built from typed builders and map the {@link Row}s to records. {@code unique}
 * arguments map field names to values and must cover the primary key or a unique constraint; a
 * compound key may also be given by its name mapped to a {@code Map} of its fields (Prisma's
 * {@code authorId_title: {...}}); further fields are extra equality conditions; values must not
 * be {@code null}. Names and values are checked against the schema: a mistake is a
 * {@link dev.prismaspring.client.errors.PrismaClientException} with code {@code P2009}.
 * Each operation runs in the surrounding transaction when there is one; an operation of several
 * statements (nested writes, upserts) opens its own otherwise.
 */
public interface ModelClient {

	/** @return the model's name in the schema */
	String model();

	/**
	 * @param unique the record's id or unique fields
	 * @param shape which fields to return
	 * @return the record, if there is one
	 */
	Optional<Row> findUnique(Map<String, Object> unique, Shape shape);

	/**
	 * @param unique the record's id or unique fields
	 * @param shape which fields to return
	 * @return the record
	 * @throws dev.prismaspring.client.errors.RecordNotFoundException when there is none
	 */
	Row findUniqueOrThrow(Map<String, Object> unique, Shape shape);

	/**
	 * @param args filter, order, pagination, shape
	 * @return the first matching record, if any
	 */
	Optional<Row> findFirst(FindArgs args);

	/**
	 * @param args filter, order, pagination, shape
	 * @return the first matching record
	 * @throws dev.prismaspring.client.errors.RecordNotFoundException when there is none
	 */
	Row findFirstOrThrow(FindArgs args);

	/**
	 * @param args filter, order, pagination, distinct, shape
	 * @return the matching records
	 */
	List<Row> findMany(FindArgs args);

	/**
	 * @param data the record, with nested writes
	 * @param shape which fields to return
	 * @return the created record
	 */
	Row create(WriteData data, Shape shape);

	/**
	 * @param data the records (scalars only)
	 * @param skipDuplicates leave out records that violate a unique constraint
	 * @return how many were created
	 */
	long createMany(List<WriteData> data, boolean skipDuplicates);

	/**
	 * @param data the records (scalars only)
	 * @param skipDuplicates leave out records that violate a unique constraint
	 * @param shape which fields to return
	 * @return the created records
	 */
	List<Row> createManyAndReturn(List<WriteData> data, boolean skipDuplicates, Shape shape);

	/**
	 * @param unique the record to update
	 * @param data the changes, with atomic operations and nested writes
	 * @param shape which fields to return
	 * @return the updated record
	 * @throws dev.prismaspring.client.errors.RecordNotFoundException when there is none
	 */
	Row update(Map<String, Object> unique, WriteData data, Shape shape);

	/**
	 * @param where which records
	 * @param data the changes (scalars and atomic operations)
	 * @return how many were updated
	 */
	long updateMany(Filter where, WriteData data);

	/**
	 * @param where which records
	 * @param data the changes (scalars and atomic operations)
	 * @param shape which fields to return
	 * @return the updated records, as they are after the update
	 */
	List<Row> updateManyAndReturn(Filter where, WriteData data, Shape shape);

	/**
	 * @param unique the record to update, or to create when missing
	 * @param create the record to create
	 * @param update the changes to an existing record
	 * @param shape which fields to return
	 * @return the created or updated record
	 */
	Row upsert(Map<String, Object> unique, WriteData create, WriteData update, Shape shape);

	/**
	 * @param unique the record to delete
	 * @param shape which fields of the deleted record to return
	 * @return the deleted record
	 * @throws dev.prismaspring.client.errors.RecordNotFoundException when there is none
	 */
	Row delete(Map<String, Object> unique, Shape shape);

	/**
	 * @param where which records
	 * @return how many were deleted
	 */
	long deleteMany(Filter where);

	/**
	 * @param args filter, order, cursor, pagination and distinct (the shape is ignored)
	 * @return how many records match
	 */
	long count(FindArgs args);

	/**
	 * @param args filter, order, pagination and the aggregates
	 * @return one row: {@code _count}, {@code _sum}, {@code _avg}, {@code _min}, {@code _max} (those
	 * asked for), each a {@code Map<String, Object>} from field name (or {@code _all}) to value:
	 * counts are Longs, sums and extremes have the field's Java type (a sum that overflows it
	 * fails with {@code P2020}), averages are Doubles (BigDecimals for Decimal fields)
	 */
	Row aggregate(AggregateArgs args);

	/**
	 * @param args the grouping, the aggregates, {@code having}, order (by {@code by} fields or by
	 * aggregates named as in {@code having}; needed with skip or take) and pagination
	 * @return one row per group: the {@code by} fields and the aggregates as in {@link #aggregate}
	 */
	List<Row> groupBy(AggregateArgs args);
}
