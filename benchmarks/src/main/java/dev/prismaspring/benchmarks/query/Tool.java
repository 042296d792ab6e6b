package dev.prismaspring.benchmarks.query;

/** The tools compared, with their benchmark classes; ours first. */
enum Tool {

	PRISMA("ours (generated client)", PrismaBenchmark.class),

	JDBC("JDBC", JdbcBenchmark.class),

	SPRING_DATA_JDBC("Spring Data JDBC", SpringDataJdbcBenchmark.class),

	HIBERNATE("Hibernate", HibernateBenchmark.class),

	JOOQ("jOOQ", JooqBenchmark.class);

	private final String label;

	private final Class<? extends ToolBenchmark> benchmark;

	Tool(String label, Class<? extends ToolBenchmark> benchmark) {
		this.label = label;
		this.benchmark = benchmark;
	}

	String label() {
		return this.label;
	}

	Class<? extends ToolBenchmark> benchmark() {
		return this.benchmark;
	}

}
