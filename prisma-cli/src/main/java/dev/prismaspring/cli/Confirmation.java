package dev.prismaspring.cli;

import java.io.Console;

/** Asks a yes/no question on the terminal; without a terminal the answer is no. */
final class Confirmation {

	private Confirmation() {
	}

	static boolean interactive() {
		return System.console() != null;
	}

	static boolean ask(String question) {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		String answer = console.readLine("%s [y/N] ", question);
		return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
	}
}
