package dev.prismaspring.codegen;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Java identifiers for schema names. Schema names are ASCII letters, digits and underscores
 * starting with a letter, so they are Java identifiers already unless they are reserved somewhere:
 * then they get a trailing underscore ({@code class} becomes {@code class_}), and more until
 * they are unique in their scope.
 */
final class JavaNames {

	/** Keywords, literals and {@code _}: never an identifier. */
	static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch", "char",
			"class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
			"float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
			"new", "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
			"switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true",
			"false", "null", "_", "non-sealed");

	/** Contextual keywords that cannot name a type. */
	static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

	/** Names a record component may not have (JLS 8.10.1): they would clash with Object's methods. */
	static final Set<String> RECORD_FORBIDDEN = Set.of("clone", "finalize", "getClass", "hashCode", "notify",
			"notifyAll", "toString", "wait");

	/**
	 * Names generated builder methods may not have: the methods of Object and the public methods
	 * of the builder base classes that take no field-specific argument.
	 */
	static final Set<String> BUILDER_RESERVED = Set.of("equals", "hashCode", "toString", "getClass", "notify",
			"notifyAll", "wait", "clone", "finalize", "and", "or", "not", "build");

	private JavaNames() {
	}

	/**
	 * @param name a schema name
	 * @param reserved names unavailable besides keywords
	 * @param taken names already used in the same scope, compared exactly
	 * @return the name, escaped with trailing underscores until neither reserved nor taken
	 */
	static String escape(String name, Set<String> reserved, Collection<String> taken) {
		String candidate = name;
		while (KEYWORDS.contains(candidate) || reserved.contains(candidate) || taken.contains(candidate)) {
			candidate = candidate + "_";
		}
		return candidate;
	}

	/**
	 * @param name a name
	 * @param taken names already used, compared ignoring case (file names on case-insensitive file systems)
	 * @param reserved names unavailable besides keywords and restricted type names
	 * @return the name, escaped until free
	 */
	static String typeName(String name, Set<String> taken, Set<String> reserved) {
		String candidate = name;
		while (KEYWORDS.contains(candidate) || RESTRICTED_TYPE_NAMES.contains(candidate) || reserved.contains(candidate)
				|| taken.contains(candidate.toLowerCase(Locale.ROOT))) {
			candidate = candidate + "_";
		}
		taken.add(candidate.toLowerCase(Locale.ROOT));
		return candidate;
	}

	/**
	 * @param packageName a package name
	 * @return whether it is a valid, non-empty Java package name
	 */
	static boolean isPackageName(String packageName) {
		if (packageName == null || packageName.isEmpty()) {
			return false;
		}
		for (String segment : packageName.split("\\.", -1)) {
			if (!isIdentifier(segment) || KEYWORDS.contains(segment)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isIdentifier(String text) {
		if (text.isEmpty() || !Character.isJavaIdentifierStart(text.charAt(0))) {
			return false;
		}
		for (int i = 1; i < text.length(); i++) {
			if (!Character.isJavaIdentifierPart(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** @return a set of names, for building reserved sets */
	static Set<String> union(Set<String> first, Set<String> second) {
		Set<String> all = new HashSet<>(first);
		all.addAll(second);
		return all;
	}
}
