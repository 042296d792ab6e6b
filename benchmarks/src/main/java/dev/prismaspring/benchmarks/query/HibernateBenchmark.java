package dev.prismaspring.benchmarks.query;

import javax.sql.DataSource;

/** The operations on Hibernate ORM 7 without Spring. */
public class HibernateBenchmark extends ToolBenchmark {

	@Override
	BlogQueries<?, ?> open(DataSource pool) {
		return new HibernateQueries(pool);
	}

}
