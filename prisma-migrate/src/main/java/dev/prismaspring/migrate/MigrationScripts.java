package dev.prismaspring.migrate;

import dev.prismaspring.migrate.calculate.SqlSchemaCalculator;
import dev.prismaspring.migrate.diff.SchemaDiffer;
import dev.prismaspring.migrate.render.MigrationRenderer;
import dev.prismaspring.migrate.sql.SqlSchema;
import dev.prismaspring.schema.model.Datamodel;

/** Migration scripts between data models and SQL schemas, as Prisma writes them. */
public final class MigrationScripts {

	/** The schema of models without {@code @@schema} when the connection URL names none. */
	public static final String DEFAULT_NAMESPACE = "public";

	private MigrationScripts() {
	}

	/**
	 * @param datamodel a resolved data model
	 * @return the script that creates it in an empty database
	 */
	public static String fromEmpty(Datamodel datamodel) {
		return diff(SqlSchema.empty(), datamodel);
	}

	/**
	 * @param from the structure the database has
	 * @param to the data model it should match
	 * @return the script that migrates the one to the other
	 */
	public static String diff(SqlSchema from, Datamodel to) {
		SqlSchema target = SqlSchemaCalculator.calculate(to, DEFAULT_NAMESPACE);
		boolean multiSchema = to.datasource() != null && !to.datasource().schemas().isEmpty();
		return new MigrationRenderer(multiSchema).render(SchemaDiffer.diff(from, target));
	}
}
