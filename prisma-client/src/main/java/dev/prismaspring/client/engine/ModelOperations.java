package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.prismaspring.client.ModelClient;
import dev.prismaspring.client.RelationLoadStrategy;
import dev.prismaspring.client.Row;
import dev.prismaspring.client.errors.RecordNotFoundException;
import dev.prismaspring.client.query.AggregateArgs;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.client.query.WriteData;

/** Prisma Client's operations on one model, each on one connection from the executor. */
final class ModelOperations implements ModelClient {

	private final ModelInfo model;

	private final Executor executor;

	private final RelationLoadStrategy strategy;

	ModelOperations(ModelInfo model, Executor executor, RelationLoadStrategy strategy) {
		this.model = model;
		this.executor = executor;
		this.strategy = strategy;
	}

	@Override
	public String model() {
		return this.model.name();
	}

	@Override
	public Optional<Row> findUnique(Map<String, Object> unique, Shape shape) {
		FindArgs args = FindArgs.ALL.withWhere(Uniques.filter(this.model, unique, "findUnique")).withShape(shape);
		return first(read(args));
	}

	@Override
	public Row findUniqueOrThrow(Map<String, Object> unique, Shape shape) {
		return findUnique(unique, shape).orElseThrow(() -> new RecordNotFoundException(this.model.name(), "findUniqueOrThrow"));
	}

	@Override
	public Optional<Row> findFirst(FindArgs args) {
		FindArgs first = args.withTake((args.take() != null && args.take() < 0) ? -1 : 1);
		return first(read(first));
	}

	@Override
	public Row findFirstOrThrow(FindArgs args) {
		return findFirst(args).orElseThrow(() -> new RecordNotFoundException(this.model.name(), "findFirstOrThrow"));
	}

	@Override
	public List<Row> findMany(FindArgs args) {
		return read(args);
	}

	private List<Row> read(FindArgs args) {
		// As Prisma's, a read of several statements (one per include level) takes no transaction.
		return this.executor.run(false, (session) -> Reads.findMany(session, this.model, args, this.strategy));
	}

	/**
	 * A create or update without nested writes whose shape needs only the returned columns is one
	 * statement ({@code INSERT/UPDATE ... RETURNING}): auto-commit makes it atomic, and a
	 * transaction of its own would only add a round trip for the {@code COMMIT}.
	 */
	private boolean severalStatements(WriteData data, Shape shape) {
		return !data.relations().isEmpty() || Reads.needsReading(shape)
				|| EmulatedRelations.onUpdate(this.model, data.scalars().keySet());
	}

	private static Optional<Row> first(List<Row> rows) {
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	@Override
	public Row create(WriteData data, Shape shape) {
		return this.executor.run(severalStatements(data, shape), (session) -> {
			Map<String, Object> record = new Writes(session).create(this.model, data);
			return Reads.shape(session, this.model, List.of(record), shape, this.strategy).get(0);
		});
	}

	@Override
	public long createMany(List<WriteData> data, boolean skipDuplicates) {
		return this.executor.run(true, (session) -> new Writes(session).createMany(this.model, data, skipDuplicates, null));
	}

	@Override
	public List<Row> createManyAndReturn(List<WriteData> data, boolean skipDuplicates, Shape shape) {
		return this.executor.run(true, (session) -> {
			List<Map<String, Object>> records = new ArrayList<>();
			new Writes(session).createMany(this.model, data, skipDuplicates, records);
			return Reads.shape(session, this.model, records, shape, this.strategy);
		});
	}

	@Override
	public Row update(Map<String, Object> unique, WriteData data, Shape shape) {
		Filter where = Uniques.filter(this.model, unique, "update");
		return this.executor.run(severalStatements(data, shape), (session) -> {
			Map<String, Object> record = new Writes(session).update(this.model, where, data, "update");
			return Reads.shape(session, this.model, List.of(record), shape, this.strategy).get(0);
		});
	}

	@Override
	public long updateMany(Filter where, WriteData data) {
		return this.executor.run(EmulatedRelations.onUpdate(this.model, data.scalars().keySet()),
				(session) -> new Writes(session).updateMany(this.model, where, data));
	}

	@Override
	public List<Row> updateManyAndReturn(Filter where, WriteData data, Shape shape) {
		return this.executor.run(Reads.needsReading(shape) || EmulatedRelations.onUpdate(this.model, data.scalars().keySet()),
				(session) -> Reads.shape(session, this.model,
				new Writes(session).updateManyAndReturn(this.model, where, data), shape, this.strategy));
	}

	@Override
	public Row upsert(Map<String, Object> unique, WriteData create, WriteData update, Shape shape) {
		boolean oneStatement = Writes.isOneStatementUpsert(this.model, unique, create, update);
		return this.executor.run(!oneStatement || Reads.needsReading(shape), (session) -> {
			Map<String, Object> record = new Writes(session).upsert(this.model, unique, create, update, oneStatement);
			return Reads.shape(session, this.model, List.of(record), shape, this.strategy).get(0);
		});
	}

	@Override
	public Row delete(Map<String, Object> unique, Shape shape) {
		Filter where = Uniques.filter(this.model, unique, "delete");
		if (!Reads.needsReading(shape)) {
			return this.executor.run(EmulatedRelations.onDelete(this.model), (session) -> {
				Map<String, Object> record = new Writes(session).delete(this.model, where, "delete");
				return Reads.shape(session, this.model, List.of(record), shape, this.strategy).get(0);
			});
		}
		return this.executor.run(true, (session) -> {
			List<Row> found = Reads.findMany(session, this.model, FindArgs.ALL.withWhere(where).withShape(shape),
					this.strategy);
			if (found.isEmpty()) {
				throw new RecordNotFoundException(this.model.name(), "delete");
			}
			new Writes(session).delete(this.model, where, "delete");
			return found.get(0);
		});
	}

	@Override
	public long deleteMany(Filter where) {
		return this.executor.run(EmulatedRelations.onDelete(this.model),
				(session) -> new Writes(session).deleteMany(this.model, where));
	}

	@Override
	public long count(FindArgs args) {
		return this.executor.run(false, (session) -> Aggregates.count(session, this.model, args));
	}

	@Override
	public Row aggregate(AggregateArgs args) {
		return this.executor.run(false, (session) -> Aggregates.aggregate(session, this.model, args));
	}

	@Override
	public List<Row> groupBy(AggregateArgs args) {
		return this.executor.run(false, (session) -> Aggregates.groupBy(session, this.model, args));
	}

	@Override
	public String toString() {
		return "ModelClient[" + this.model.name() + "]";
	}
}
