package dev.prismaspring.client;

import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

	/** @return a data source that opens a new connection each time */
	static DataSource dataSource(TestDatabase database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(database.jdbcUrl());
		dataSource.setUser(database.user());
		if (database.password() != null) {
			dataSource.setPassword(database.password());
		}
		return dataSource;
	}

	/** @return a small connection pool, as applications use (closed when the JVM ends) */
	static DataSource pool(TestDatabase database) {
		HikariConfig config = new HikariConfig();
		config.setDataSource(dataSource(database));
		config.setMaximumPoolSize(4);
		config.setMinimumIdle(0);
		config.setIdleTimeout(10_000);
		return new HikariDataSource(config);
	}

	/** Creates the schema's tables, as {@code prisma migrate} would, in an empty database. */
	static PrismaClient migrate(TestDatabase database, Datamodel datamodel) {
		return migrate(database, datamodel, pool(database));
	}

	/** Creates the schema's tables in an empty database, for a client on the given data source. */
	static PrismaClient migrate(TestDatabase database, Datamodel datamodel, DataSource dataSource) {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		database.execute(MigrationScripts.fromEmpty(datamodel));
		return PrismaClient.create(datamodel, dataSource);
	}
}
