package dev.prismaspring.codegen;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in this JVM with {@code -Xlint:all -Werror}, against the test
 * classpath (entries that do not exist are left out, so that {@code -Xlint:path} has nothing to
 * say about the build's own layout).
 */
final class InProcessCompiler {

	static final List<String> OPTIONS = List.of("-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8");

	private InProcessCompiler() {
	}

	/**
	 * @param files the sources
	 * @param classes where class files go
	 * @return every diagnostic, as {@code path:line: message}; empty when the sources compiled cleanly
	 */
	static List<String> compile(List<GeneratedFile> files, Path classes) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		List<JavaFileObject> units = new ArrayList<>(files.size());
		for (GeneratedFile file : files) {
			units.add(new Source(file));
		}
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		List<String> options = new ArrayList<>(OPTIONS);
		options.addAll(List.of("-classpath", classpath(), "-d", classes.toString()));
		boolean success = compiler.getTask(null, null, diagnostics, options, null, units).call();
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
