package dev.prismaspring.client.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.prismaspring.client.ConnectionSource;
import dev.prismaspring.client.ModelClient;
import dev.prismaspring.client.RelationLoadStrategy;
import dev.prismaspring.client.Row;
import dev.prismaspring.schema.model.Datamodel;

/**
 * The query engine behind {@link dev.prismaspring.client.PrismaClient}: not an API of its own.
 * One instance per connection source and relation load strategy; instances made with
 * {@link #with} share the schema's compiled form.
 */
public final class Engine {

	private final SchemaIndex schema;

	private final ErrorTranslator errors;

	private final Executor executor;

	private final RelationLoadStrategy strategy;

	private final Map<String, ModelClient> models = new ConcurrentHashMap<>();

	private Engine(SchemaIndex schema, ConnectionSource source, RelationLoadStrategy strategy) {
		this.schema = schema;
		this.errors = new ErrorTranslator(schema);
		this.executor = new Executor(source, this.errors);
		this.strategy = strategy;
	}

	/**
	 * @param datamodel the resolved schema
	 * @param source where connections come from
	 * @param strategy how included relations are read
	 * @return the engine
	 */
	public static Engine create(Datamodel datamodel, ConnectionSource source, RelationLoadStrategy strategy) {
		return new Engine(new SchemaIndex(datamodel), source, strategy);
	}

	/**
	 * @param source where connections come from
	 * @param strategy how included relations are read
	 * @return an engine on the same schema
	 */
	public Engine with(ConnectionSource source, RelationLoadStrategy strategy) {
		return new Engine(this.schema, source, strategy);
	}

	/** @return how included relations are read */
	public RelationLoadStrategy strategy() {
		return this.strategy;
	}

	/**
	 * @param name a model's name in the schema
	 * @return its operations
	 * @throws dev.prismaspring.client.errors.PrismaClientException for a name the schema does not declare
	 */
	public ModelClient model(String name) {
		ModelClient client = this.models.get(name);
		if (client == null) {
			client = this.models.computeIfAbsent(name,
					(key) -> new ModelOperations(this.schema.model(key), this.executor, this.strategy));
		}
		return client;
	}

	/**
	 * @param sql a query with {@code ?} placeholders
	 * @param params the values bound to them
	 * @return the rows, by column label
	 */
	public List<Row> queryRaw(String sql, Object... params) {
		return this.executor.run(false, (session) -> RawQueries.query(session, sql, params));
	}

	/**
	 * @param sql a statement with {@code ?} placeholders
	 * @param params the values bound to them
	 * @return the number of rows it affected
	 */
	public long executeRaw(String sql, Object... params) {
		return this.executor.run(false, (session) -> RawQueries.execute(session, sql, params));
	}

	/**
	 * @param failure a database error
	 * @return it as Prisma Client's error
	 */
	public RuntimeException translate(java.sql.SQLException failure) {
		return this.errors.translate(failure);
	}
}
