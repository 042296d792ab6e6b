package dev.prismaspring.codegen;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import dev.prismaspring.codegen.ClientSchema.ClientEnum;
import dev.prismaspring.codegen.ClientSchema.ClientModel;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SchemaFiles;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.diagnostics.Diagnostic;
import dev.prismaspring.schema.diagnostics.DiagnosticPrinter;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.url.EnvLookup;

/**
 * Generates the typed Java client of a schema: per model a record with {@code fromRow}, a
 * repository ({@code UserRepository}) and the builders its operations take ({@code UserWhere},
 * {@code UserCreate}, ...); per enum a Java enum. The generated code compiles without warnings
 * under {@code -Xlint:all} and needs only {@code prisma-client} at run time.
 *
 * <pre class="code">
 * Datamodel datamodel = PrismaSchema.validate(files).datamodel();
 * GeneratorSettings settings = GeneratorSettings.fromSchema(datamodel, schemaFile, EnvLookup.system());
 * String hash = JavaClientGenerator.inputHash(files, settings);
 * if (!JavaClientGenerator.isUpToDate(settings, hash)) {
 * 	JavaClientGenerator.write(JavaClientGenerator.generate(datamodel, settings), settings, hash);
 * }
 * </pre>
 *
 * <p>Names: a model keeps its schema name, and the types derived from it append a suffix. A name
 * that Java reserves, or one already taken (case-insensitively, for case-insensitive file
 * systems), gets a trailing underscore: a field {@code class} becomes {@code class_()}; so do
 * builder methods named {@code and}, {@code or}, {@code not}, {@code build} or after a method of
 * {@code Object}. Types of the JDK and the client that share a name with a model are written
 * with their qualified names.
 */
public final class JavaClientGenerator {

	/** Changes whenever the generated code would change for the same input. */
	static final String FORMAT = "1";

	private static volatile String generatorStamp;

	private JavaClientGenerator() {
	}

	/**
	 * Generates a client from the command line or a build step (exec-maven-plugin's {@code java}
	 * goal): {@code <schema file or folder> [<output directory> [<package>]]}. Output and package
	 * default to the schema's {@value GeneratorSettings#PROVIDER} generator block, then to
	 * {@value GeneratorSettings#DEFAULT_OUTPUT} and {@value GeneratorSettings#DEFAULT_PACKAGE}.
	 * @param args the arguments
	 * @throws PrismaException when the schema is invalid or the client cannot be written
	 */
	public static void main(String[] args) {
		if (args.length < 1 || args.length > 3) {
			throw new IllegalArgumentException("Usage: JavaClientGenerator <schema> [<output directory> [<package>]]");
		}
		GenerationReport report = run(Path.of(args[0]), (args.length > 2) ? args[2] : null,
				(args.length > 1) ? Path.of(args[1]) : null, EnvLookup.system());
		System.out.println(report.upToDate() ? "The Java client in " + report.settings().outputDirectory() + " is up to date."
				: "Generated the Java client (" + report.models() + " models, " + report.enums() + " enums) in package "
						+ report.settings().packageName() + " under " + report.settings().outputDirectory() + ": "
						+ report.files().written().size() + " files written, " + report.files().unchanged().size()
						+ " unchanged, " + report.files().deleted().size() + " deleted.");
	}

	/**
	 * Reads and validates a schema and writes its client, unless the output already holds the
	 * client of exactly this input.
	 * @param schemaLocation a schema file or a folder of {@code .prisma} files
	 * @param packageName the package, or {@code null} for the generator block's
	 * @param outputDirectory the source root, or {@code null} for the generator block's
	 * @param env where {@code env("...")} settings are looked up
	 * @return what was done
	 * @throws PrismaException with code {@code P1012} and the diagnostics when the schema is invalid
	 */
	public static GenerationReport run(Path schemaLocation, String packageName, Path outputDirectory, EnvLookup env) {
		List<SourceFile> files = SchemaFiles.load(schemaLocation);
		ValidatedSchema schema = PrismaSchema.validate(files);
		if (schema.hasErrors()) {
			throw new PrismaException(Diagnostic.SCHEMA_VALIDATION, "The schema at " + schemaLocation
					+ " is invalid; fix these errors and generate again:\n" + DiagnosticPrinter.print(schema.errors()));
		}
		Datamodel datamodel = schema.datamodel();
		GeneratorSettings settings = GeneratorSettings.fromSchema(datamodel, schemaLocation, env);
		if (packageName != null) {
			settings = settings.withPackageName(packageName);
		}
		if (outputDirectory != null) {
			settings = settings.withOutputDirectory(outputDirectory);
		}
		int models = (int) datamodel.models().stream().filter((model) -> !model.ignored()).count();
		String hash = inputHash(files, settings);
		if (isUpToDate(settings, hash)) {
			return new GenerationReport(settings, true, new WrittenFiles(List.of(), List.of(), List.of()), models,
					datamodel.enums().size());
		}
		WrittenFiles written = write(generate(datamodel, settings), settings, hash);
		return new GenerationReport(settings, false, written, models, datamodel.enums().size());
	}

	/**
	 * @param datamodel a valid schema's model
	 * @param settings the package (the output directory is not used here)
	 * @return the sources, in a stable order
	 */
	public static List<GeneratedFile> generate(Datamodel datamodel, GeneratorSettings settings) {
		Objects.requireNonNull(datamodel, "datamodel");
		ClientSchema schema = ClientSchema.of(datamodel, settings.packageName());
		SourceSet sources = new SourceSet(schema);
		List<GeneratedFile> files = new ArrayList<>();
		for (ClientEnum type : schema.enums()) {
			files.add(EnumWriter.write(sources, type));
		}
		for (ClientModel model : schema.models()) {
			files.add(RecordWriter.record(sources, model));
			if (!model.listRelations().isEmpty()) {
				files.add(RecordWriter.counts(sources, model));
				files.add(SelectionWriter.countSelect(sources, model));
			}
			files.add(RepositoryWriter.write(sources, model));
			files.add(FilterWriter.where(sources, model));
			if (model.hasUnique()) {
				files.add(FilterWriter.whereUnique(sources, model));
			}
			files.add(SelectionWriter.orderBy(sources, model));
			files.add(SelectionWriter.fields(sources, model));
			files.add(SelectionWriter.select(sources, model));
			files.add(SelectionWriter.include(sources, model));
			files.add(ArgumentsWriter.shape(sources, model));
			files.add(ArgumentsWriter.query(sources, model));
			if (model.writable()) {
				files.add(DataWriter.create(sources, model));
				files.add(DataWriter.update(sources, model));
			}
			files.add(ArgumentsWriter.aggregate(sources, model));
			files.add(ArgumentsWriter.groupBy(sources, model));
		}
		return files;
	}

	/**
	 * Writes the sources under the settings' output directory, leaving files that already hold the
	 * same text untouched and deleting the files of an earlier generation that are no longer
	 * produced (only those: the directory may hold other sources).
	 * @param files the generated sources
	 * @param settings where to write them
	 * @param inputHash the {@link #inputHash} to record, or {@code null}
	 * @return what changed
	 * @throws dev.prismaspring.schema.PrismaException ({@code PSB4002}) when a file cannot be written
	 */
	public static WrittenFiles write(List<GeneratedFile> files, GeneratorSettings settings, String inputHash) {
		return new OutputDirectory(settings.outputDirectory()).write(files, inputHash);
	}

	/**
	 * @param settings where a client was generated
	 * @param inputHash the hash of the current input
	 * @return whether the last generation there had this input and its files are all present, so
	 * generating again would change nothing
	 */
	public static boolean isUpToDate(GeneratorSettings settings, String inputHash) {
		return new OutputDirectory(settings.outputDirectory()).isUpToDate(inputHash);
	}

	/**
	 * @param schema the schema's files
	 * @param settings the package
	 * @return a SHA-256 (hex) of everything the generated code depends on: the schema files, the
	 * package and this generator's version
	 */
	public static String inputHash(List<SourceFile> schema, GeneratorSettings settings) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, "prisma-client-java " + FORMAT + " " + generatorStamp());
			update(digest, settings.packageName());
			for (SourceFile file : schema) {
				update(digest, file.name());
				update(digest, file.text());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static void update(MessageDigest digest, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
		digest.update((byte) ':');
		digest.update(bytes);
	}

	// A released version identifies the generator; a development build also needs the time it was built.
	private static String generatorStamp() {
		String stamp = generatorStamp;
		if (stamp == null) {
			String version = JavaClientGenerator.class.getPackage().getImplementationVersion();
			stamp = (version != null && !version.endsWith("-SNAPSHOT")) ? version : version + " " + buildTime();
			generatorStamp = stamp;
		}
		return stamp;
	}

	private static long buildTime() {
		try {
			CodeSource source = JavaClientGenerator.class.getProtectionDomain().getCodeSource();
			Path location = Path.of(source.getLocation().toURI());
			if (Files.isDirectory(location)) {
				location = location.resolve(JavaClientGenerator.class.getName().replace('.', '/') + ".class");
			}
			return Files.getLastModifiedTime(location).toMillis();
		}
		catch (IOException | URISyntaxException | RuntimeException ex) {
			return System.currentTimeMillis(); // unknown: every process generates again
		}
	}
}
