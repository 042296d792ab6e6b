package dev.prismaspring.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn prisma:generate}, bound to {@code generate-sources}: writes the schema's typed Java
 * client (records, enums, repositories and their builders) and adds it to the sources to compile.
 * Nothing is written when the schema, the package and the generator are unchanged since the last
 * generation.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractPrismaMojo {

	/**
	 * The Java package of the generated types. Default: the {@code package} of the schema's
	 * {@code prisma-client-java} generator block, else {@code prisma.client}.
	 */
	@Parameter(property = "prisma.packageName")
	String packageName;

	/**
	 * The source root the client is written under. Default: the {@code output} of the schema's
	 * {@code prisma-client-java} generator block (relative to the schema), else
	 * {@code ${project.build.directory}/generated-sources/prisma}.
	 */
	@Parameter(property = "prisma.outputDirectory")
	File outputDirectory;

	@Override
	void run() {
		requireSchema();
		Path output = new ClientGeneration(schemaPath(), this.packageName,
				(this.outputDirectory != null) ? absolute(this.outputDirectory) : null, defaultOutput(), this.environment)
			.run(getLog());
		this.project.addCompileSourceRoot(output.toString());
	}

	private Path defaultOutput() {
		String build = this.project.getBuild().getDirectory();
		Path target = (build != null) ? basedir().resolve(build) : basedir().resolve("target");
		return target.resolve("generated-sources/prisma");
	}
}
