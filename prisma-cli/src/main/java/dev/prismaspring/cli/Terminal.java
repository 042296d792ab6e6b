package dev.prismaspring.cli;

import picocli.CommandLine;

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
final class Terminal {

	private Terminal() {
	}

	static boolean colours() {
		return System.console() != null && System.getenv("NO_COLOR") == null;
	}

	static CommandLine.Help.Ansi ansi() {
		return colours() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
	}

	static String errorPrefix() {
		return colours() ? "\u001B[31mError:\u001B[0m " : "Error: ";
	}

	static String green(String text) {
		return colours() ? "\u001B[32m" + text + "\u001B[0m" : text;
	}
}
