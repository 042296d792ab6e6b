package dev.prismaspring.benchmarks.query;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The operations of issue 5, one JMH benchmark each, for the tool a subclass opens. A trial has
 * a database of its own with the blog loaded ({@link TrialDatabase}); before it is measured the
 * tool passes {@link QueryChecks}, and every iteration starts without the rows earlier writes
 * added, so the write benchmarks measure the same work throughout.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
		"-Dlogback.configurationFile=dev/prismaspring/benchmarks/query/logback.xml" })
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class ToolBenchmark {

	private TrialDatabase database;

	private BlogQueries<Object, Object> queries;

	private List<NewPost> batch;

	private int sequence;

	/**
	 * @param pool the trial's pool for this tool
	 * @return the tool's queries on it
	 */
	abstract BlogQueries<?, ?> open(DataSource pool);

	@Setup(Level.Trial)
	@SuppressWarnings("unchecked")
	public void setUp() {
		this.database = TrialDatabase.open();
		this.queries = (BlogQueries<Object, Object>) open(this.database.pool());
		this.batch = NewPost.batch();
		QueryChecks.verify(this.queries, this.database.pool(), this.batch);
		this.database.removeCreated();
	}

	@Setup(Level.Iteration)
	public void removeCreated() {
		this.database.removeCreated();
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.queries.close();
		this.database.close();
	}

	private int next(int bound) {
		this.sequence++;
		return 1 + (this.sequence * 7919 & Integer.MAX_VALUE) % bound;
	}

	@Benchmark
	public Object findUnique() {
		return this.queries.findUnique(next(BlogData.USERS));
	}

	@Benchmark
	public Object findUniqueWithPosts() {
		return this.queries.findUniqueWithPosts(next(BlogData.USERS));
	}

	@Benchmark
	public Object findFirst() {
		return this.queries.findFirst(next(BlogData.USERS));
	}

	@Benchmark
	public Object findMany1000() {
		return this.queries.findMany();
	}

	@Benchmark
	public Object findFilterOrderTake10() {
		return this.queries.findPage();
	}

	@Benchmark
	public Object includePosts100Users() {
		return this.queries.findWithPosts();
	}

	@Benchmark
	public Object create() {
		return this.queries.create(next(BlogData.USERS));
	}

	@Benchmark
	public Object createNested() {
		return this.queries.createNested("nested" + (++this.sequence) + "@bench.example");
	}

	@Benchmark
	public long createMany10000() {
		return this.queries.createMany(this.batch);
	}

	@Benchmark
	public Object updateById() {
		int id = next(BlogData.POSTS);
		return this.queries.update(id, "Updated " + this.sequence);
	}

	@Benchmark
	public Object updateNested() {
		int id = next(BlogData.USERS);
		return this.queries.updateNested(id, "Renamed " + this.sequence, "Bio " + this.sequence);
	}

	@Benchmark
	public Object upsert() {
		int id = next(BlogData.USERS);
		return this.queries.upsert(id, "Upserted " + this.sequence);
	}

	@Benchmark
	public Object upsertNested() {
		int id = next(BlogData.USERS);
		return this.queries.upsertNested(id, "Upserted bio " + this.sequence);
	}

	@Benchmark
	public int createAndDelete() {
		return this.queries.createAndDelete(next(BlogData.USERS));
	}

	@Benchmark
	public long count() {
		return this.queries.count();
	}

	@Benchmark
	public Object aggregate() {
		return this.queries.aggregate();
	}

	@Benchmark
	public Object groupBy() {
		return this.queries.groupBy();
	}

	@Benchmark
	@Threads(1)
	public Object readMix1(Reader reader) {
		return reader.read(this.queries);
	}

	@Benchmark
	@Threads(2)
	public Object readMix2(Reader reader) {
		return reader.read(this.queries);
	}

	@Benchmark
	@Threads(4)
	public Object readMix4(Reader reader) {
		return reader.read(this.queries);
	}

	@Benchmark
	@Threads(8)
	public Object readMix8(Reader reader) {
		return reader.read(this.queries);
	}

	/**
	 * One thread of the concurrent read mix: call after call, a user by id, an author's first
	 * published post, the filtered page and a user with its posts, in turn, with ids of its own.
	 */
	@State(Scope.Thread)
	public static class Reader {

		/** Threads start their turns far apart, so they do not read the same ids at the same time. */
		private static final AtomicInteger STARTS = new AtomicInteger();

		private int turn = STARTS.getAndAdd(1 << 16);

		Object read(BlogQueries<Object, Object> queries) {
			this.turn++;
			int id = 1 + (this.turn * 7919 & Integer.MAX_VALUE) % BlogData.USERS;
			return switch (this.turn & 3) {
				case 0 -> queries.findUnique(id);
				case 1 -> queries.findFirst(id);
				case 2 -> queries.findPage();
				default -> queries.findUniqueWithPosts(id);
			};
		}

	}

}
