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
		return new MigrationRenderer(isMultiSchema(to)).render(SchemaDiffer.diff(from, sqlSchema(to)));
	}

	/**
	 * @param datamodel a resolved data model
	 * @return the SQL schema Prisma would create for it, models without {@code @@schema} in {@code public}
	 */
	public static SqlSchema sqlSchema(Datamodel datamodel) {
		return sqlSchema(datamodel, DEFAULT_NAMESPACE);
	}

	/**
	 * @param datamodel a resolved data model
	 * @param defaultNamespace the schema of models without {@code @@schema}, e.g. the connection URL's
	 * @return the SQL schema Prisma would create for it
	 */
	public static SqlSchema sqlSchema(Datamodel datamodel, String defaultNamespace) {
		return SqlSchemaCalculator.calculate(datamodel, defaultNamespace);
	}

	/**
	 * @param datamodel a resolved data model
	 * @return whether its datasource lists {@code schemas}, so that scripts name tables with their schema
	 */
	public static boolean isMultiSchema(Datamodel datamodel) {
		return datamodel.datasource() != null && !datamodel.datasource().schemas().isEmpty();
	}
}
