package dev.prismaspring.schema.format;

import java.util.List;

/** A small line diff for failure messages: the first differing line with context. */
final class LineDiff {

	private LineDiff() {
	}

	static String unified(String expected, String actual) {
		List<String> a = expected.lines().toList();
		List<String> b = actual.lines().toList();
		int first = 0;
		while (first < a.size() && first < b.size() && a.get(first).equals(b.get(first))) {
			first++;
		}
		StringBuilder out = new StringBuilder("@@ line " + (first + 1) + " @@\n");
		for (int i = Math.max(0, first - 2); i < first; i++) {
			out.append("  ").append(a.get(i)).append('\n');
		}
		for (int i = first; i < Math.min(a.size(), first + 6); i++) {
			out.append("- ").append(a.get(i)).append('\n');
		}
		for (int i = first; i < Math.min(b.size(), first + 6); i++) {
			out.append("+ ").append(b.get(i)).append('\n');
		}
		if (a.size() == b.size() && first == a.size()) {
			out.append("(the texts differ only in line endings or the final newline)\n");
		}
		return out.toString();
	}
}
