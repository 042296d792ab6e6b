package dev.prismaspring.benchmarks.query;

import javax.sql.DataSource;

/** The operations on jOOQ's DSL without code generation. */
public class JooqBenchmark extends ToolBenchmark {

	@Override
	BlogQueries<?, ?> open(DataSource pool) {
		return new JooqQueries(pool);
	}

}
