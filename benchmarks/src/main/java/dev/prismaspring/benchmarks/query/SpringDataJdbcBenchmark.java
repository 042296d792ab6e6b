package dev.prismaspring.benchmarks.query;

import javax.sql.DataSource;

/** The operations on Spring Data JDBC without Spring Boot. */
public class SpringDataJdbcBenchmark extends ToolBenchmark {

	@Override
	BlogQueries<?, ?> open(DataSource pool) {
		return new SpringDataJdbcQueries(pool);
	}

}
