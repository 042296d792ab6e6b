package dev.prismaspring.benchmarks.query;

import javax.sql.DataSource;

/** The operations on this project's generated client. */
public class PrismaBenchmark extends ToolBenchmark {

	@Override
	BlogQueries<?, ?> open(DataSource pool) {
		return new PrismaQueries(pool);
	}

}
