package dev.prismaspring.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.model.Generator;
import dev.prismaspring.schema.url.EnvLookup;

/**
 * Where a generated client goes: its Java package and the source root it is written under.
 *
 * <p>In a schema, a generator block sets them:
 *
 * <pre class="code">
 * generator java {
 *   provider = "prisma-client-java"
 *   output   = "../../../../target/generated-sources/prisma"  // relative to the schema file, as in Prisma
 *   package  = "com.example.db"                              // default: prisma.client
 * }
 * </pre>
 *
 * Without such a block (a schema shared with a Node service may only have
 * {@code prisma-client-js}), the defaults apply: package {@value #DEFAULT_PACKAGE}, output
 * {@value #DEFAULT_OUTPUT} relative to the working directory.
 *
 * @param packageName the Java package of the generated types
 * @param outputDirectory the source root; files go to {@code <outputDirectory>/<package path>/}
 */
public record GeneratorSettings(String packageName, Path outputDirectory) {

	/** The generator block's provider that selects this generator. */
	public static final String PROVIDER = "prisma-client-java";

	/** The package when the schema names none. */
	public static final String DEFAULT_PACKAGE = "prisma.client";

	/** The source root when the schema names none, as Maven's generated sources are laid out. */
	public static final String DEFAULT_OUTPUT = "target/generated-sources/prisma";

	/**
	 * @throws PrismaException ({@code PSB4001}) when the package is not a Java package name
	 */
	public GeneratorSettings {
		Objects.requireNonNull(outputDirectory, "outputDirectory");
		if (!JavaNames.isPackageName(packageName)) {
			throw new PrismaException("PSB4001", "`" + packageName + "` is not a Java package name: use dot-separated"
					+ " identifiers that are not Java keywords, such as com.example.db.");
		}
	}

	/**
	 * @param datamodel a valid schema's model
	 * @param schemaFile the schema file (or folder), against which a relative {@code output} resolves
	 * @param env where {@code env("...")} settings are looked up
	 * @return the settings of the schema's {@value #PROVIDER} generator block, defaults filled in
	 */
	public static GeneratorSettings fromSchema(Datamodel datamodel, Path schemaFile, EnvLookup env) {
		Optional<Generator> generator = generator(datamodel, env);
		String packageName = generator.map((block) -> block.settings().get("package")).orElse(DEFAULT_PACKAGE);
		Path output = generator.map(Generator::output)
			.flatMap((value) -> value.resolve(env))
			.map((value) -> base(schemaFile).resolve(value).normalize())
			.orElse(Path.of(DEFAULT_OUTPUT));
		return new GeneratorSettings(packageName, output);
	}

	/**
	 * @param datamodel a valid schema's model
	 * @param env where {@code env("...")} providers are looked up
	 * @return the first generator block whose provider is {@value #PROVIDER}
	 */
	public static Optional<Generator> generator(Datamodel datamodel, EnvLookup env) {
		return datamodel.generators()
			.stream()
			.filter((block) -> block.provider() != null
					&& block.provider().resolve(env).map(PROVIDER::equals).orElse(false))
			.findFirst();
	}

	/**
	 * @param name another package
	 * @return these settings with that package
	 */
	public GeneratorSettings withPackageName(String name) {
		return new GeneratorSettings(name, this.outputDirectory);
	}

	/**
	 * @param directory another source root
	 * @return these settings with that output
	 */
	public GeneratorSettings withOutputDirectory(Path directory) {
		return new GeneratorSettings(this.packageName, directory);
	}

	private static Path base(Path schemaFile) {
		Path absolute = schemaFile.toAbsolutePath();
		Path parent = Files.isDirectory(absolute) ? absolute : absolute.getParent();
		return (parent != null) ? parent : Path.of("").toAbsolutePath();
	}
}
