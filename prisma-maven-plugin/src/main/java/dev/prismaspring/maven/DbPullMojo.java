package dev.prismaspring.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn prisma:db-pull}: reads the database's tables, enums and relations into the schema,
 * keeping its datasource and generator blocks, as {@code prisma db pull} does.
 */
@Mojo(name = "db-pull", threadSafe = true)
public class DbPullMojo extends AbstractDatabaseMojo {

	/**
	 * Print the schema instead of writing it to the file.
	 */
	@Parameter(property = "prisma.print", defaultValue = "false")
	boolean print;

	@Override
	CliArguments arguments() {
		return new CliArguments("db", "pull").option("--schema", schemaPath())
			.url("--url", database())
			.flag("--print", this.print);
	}
}
