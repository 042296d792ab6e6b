package dev.prismaspring.maven;

import java.io.File;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn prisma:db-execute -Dprisma.file=script.sql}: runs a SQL script on the database in one
 * transaction, outside the migration history, as {@code prisma db execute} does.
 */
@Mojo(name = "db-execute", threadSafe = true)
public class DbExecuteMojo extends AbstractDatabaseMojo {

	/**
	 * The SQL script to run.
	 */
	@Parameter(property = "prisma.file", required = true)
	File file;

	@Override
	CliArguments arguments() {
		if (this.file == null) {
			throw new PluginFailure("PSB1005", "db-execute needs a script: pass -Dprisma.file=PATH.");
		}
		return withDatabase("db", "execute").option("--file", absolute(this.file));
	}
}
