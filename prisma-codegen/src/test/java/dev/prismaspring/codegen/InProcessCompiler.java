package dev.prismaspring.codegen;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in this JVM with {@code -Xlint:all -Werror}, against the test
 * classpath (entries that do not exist are left out, so that {@code -Xlint:path} has nothing to
 * say about the build's own layout).
 */
final class InProcessCompiler {

	static final List<String> OPTIONS = List.of("-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8");

	private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

	// One file manager for every compilation: it caches the classpath's jars and the JDK's symbols.
	private static final StandardJavaFileManager FILES = COMPILER.getStandardFileManager(null, Locale.ROOT,
			StandardCharsets.UTF_8);

	private InProcessCompiler() {
	}

	/**
	 * @param files the sources
	 * @param classes where class files go
	 * @return every diagnostic, as {@code path:line: message}; empty when the sources compiled cleanly
	 */
	static List<String> compile(List<GeneratedFile> files, Path classes) {
		return compile(files, classes, true);
	}

	/**
	 * Checks sources as javac would compile them, without writing class files: javac stops after
	 * flow analysis, by which point it has attributed every expression and run every
	 * {@code -Xlint} check. That saves a third of the time over hundreds of schemas; what is
	 * left (lowering and writing class files) only fails for methods over 64 KiB, which the
	 * full compilations of other tests would catch.
	 * @param files the sources
	 * @return every diagnostic; empty when the sources compile cleanly
	 */
	static List<String> check(List<GeneratedFile> files) {
		return compile(files, null, false);
	}

	private static List<String> compile(List<GeneratedFile> files, Path classes, boolean generate) {
		List<JavaFileObject> units = new ArrayList<>(files.size());
		for (GeneratedFile file : files) {
			units.add(new Source(file));
		}
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		List<String> options = new ArrayList<>(OPTIONS);
		options.addAll(List.of("-classpath", classpath()));
		if (generate) {
			options.addAll(List.of("-d", classes.toString()));
		}
		else {
			options.add("-XDshould-stop.ifNoError=FLOW");
		}
		boolean success;
		synchronized (FILES) {
			success = COMPILER.getTask(null, FILES, diagnostics, options, null, units).call();
		}
		List<String> messages = diagnostics.getDiagnostics().stream().map(InProcessCompiler::describe).collect(Collectors.toList());
		if (!success && messages.isEmpty()) {
			messages.add("javac failed without a diagnostic");
		}
		return messages;
	}

	static String classpath() {
		return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.isEmpty() && Files.exists(Path.of(entry)))
			.collect(Collectors.joining(File.pathSeparator));
	}

	static Path temporaryDirectory(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
		String source = (diagnostic.getSource() != null) ? diagnostic.getSource().getName() : "";
		return source + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getKind() + ": "
				+ diagnostic.getMessage(Locale.ROOT);
	}

	private static final class Source extends SimpleJavaFileObject {

		private final GeneratedFile file;

		Source(GeneratedFile file) {
			super(URI.create("string:///" + file.path()), Kind.SOURCE);
			this.file = file;
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return this.file.content();
		}
	}
}
