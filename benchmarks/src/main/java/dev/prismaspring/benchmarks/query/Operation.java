package dev.prismaspring.benchmarks.query;

/**
 * The benchmarked operations in the order of the table, with the target issue 5 sets for each.
 */
enum Operation {

	FIND_UNIQUE("findUnique", "findUnique by id", Target.SINGLE),

	FIND_MANY("findMany1000", "findMany, 1,000 users", Target.MANY),

	FIND_PAGE("findFilterOrderTake10", "findMany with filter, order, take 10 (posts)", Target.SINGLE),

	INCLUDE("includePosts100Users", "findMany 100 users, include posts (1,000)", Target.MANY),

	CREATE_NESTED("createNested", "create user with profile and 2 posts (nested)", Target.SINGLE),

	CREATE_MANY("createMany10000", "createMany, 10,000 posts", Target.BATCH),

	UPDATE("updateById", "update post by id", Target.SINGLE),

	CREATE_AND_DELETE("createAndDelete", "create + delete post by id", Target.SINGLE),

	COUNT("count", "count users", Target.SINGLE);

	private final String method;

	private final String label;

	private final Target target;

	Operation(String method, String label, Target target) {
		this.method = method;
		this.label = label;
		this.target = target;
	}

	String method() {
		return this.method;
	}

	String label() {
		return this.label;
	}

	Target target() {
		return this.target;
	}

	/** The share of hand-written JDBC's throughput ours must reach. */
	enum Target {

		SINGLE(0.9, "≥ 0.9× JDBC (single rows)"), MANY(0.8, "≥ 0.8× JDBC (1,000 rows)"),
		BATCH(1.0, "≥ JDBC's rewritten batch");

		private final double ratio;

		private final String text;

		Target(double ratio, String text) {
			this.ratio = ratio;
			this.text = text;
		}

		double ratio() {
			return this.ratio;
		}

		String text() {
			return this.text;
		}

	}

}
