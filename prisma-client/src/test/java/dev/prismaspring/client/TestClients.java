package dev.prismaspring.client;

import java.util.List;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.test.TestDatabase;

/** Schemas, tables and data sources for the client's tests. */
final class TestClients {

	private TestClients() {
	}

	static Datamodel datamodel(String schema) {
		return PrismaSchema.validate(List.of(new SourceFile("schema.prisma", schema))).datamodel();
	}

	static DataSource dataSource(TestDatabase database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(database.jdbcUrl());
		dataSource.setUser(database.user());
		if (database.password() != null) {
			dataSource.setPassword(database.password());
		}
		return dataSource;
	}

	/** Creates the schema's tables, as {@code prisma migrate} would, in an empty database. */
	static PrismaClient migrate(TestDatabase database, Datamodel datamodel) {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		database.execute(MigrationScripts.fromEmpty(datamodel));
		return PrismaClient.create(datamodel, dataSource(database));
	}
}
