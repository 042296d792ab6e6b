package dev.prismaspring.benchmarks.query;

import javax.sql.DataSource;

/** The operations on hand-written JDBC: the floor. */
public class JdbcBenchmark extends ToolBenchmark {

	@Override
	BlogQueries<?, ?> open(DataSource pool) {
		return new JdbcQueries(pool);
	}

}
