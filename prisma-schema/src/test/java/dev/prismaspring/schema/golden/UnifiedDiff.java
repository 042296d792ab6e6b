package dev.prismaspring.schema.golden;

import java.util.List;

/** A small line diff in unified style, enough to read a golden mismatch at a glance. */
final class UnifiedDiff {

	private UnifiedDiff() {
	}

	static String diff(String expectedName, List<String> expected, String actualName, List<String> actual) {
		int n = expected.size();
		int m = actual.size();
		// Longest common subsequence table; golden blocks are a few lines long.
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = expected.get(i).equals(actual.get(j)) ? lcs[i + 1][j + 1] + 1
						: Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		StringBuilder out = new StringBuilder();
		out.append("--- ").append(expectedName).append('\n');
		out.append("+++ ").append(actualName).append('\n');
		out.append("@@ -1,").append(n).append(" +1,").append(m).append(" @@\n");
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
				out.append(' ').append(expected.get(i++)).append('\n');
				j++;
			}
			else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
				out.append('-').append(expected.get(i++)).append('\n');
			}
			else {
				out.append('+').append(actual.get(j++)).append('\n');
			}
		}
		return out.toString();
	}
}
