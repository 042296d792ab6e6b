package dev.prismaspring.benchmarks.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures as Markdown: throughput of every tool per operation, ours as a share of each
 * other tool, and issue 5's targets marked met or missed.
 */
final class QueryTable {

	private final Map<Operation, Map<Tool, Score>> scores = new EnumMap<>(Operation.class);

	void put(Operation operation, Tool tool, double score, double error) {
		this.scores.computeIfAbsent(operation, (o) -> new EnumMap<>(Tool.class)).put(tool, new Score(score, error));
	}

	String render() {
		StringBuilder out = new StringBuilder();
		out.append("| operation |");
		for (Tool tool : Tool.values()) {
			out.append(' ').append(tool.label()).append(" |");
		}
		out.append(" ours ÷ JDBC | ours ÷ Spring Data JDBC | ours ÷ Hibernate | ours ÷ jOOQ |\n|---|");
		out.append("---:|".repeat(Tool.values().length + 4)).append('\n');
		for (Operation operation : Operation.values()) {
			Map<Tool, Score> row = this.scores.get(operation);
			if (row == null) {
				continue;
			}
			out.append("| ").append(operation.label()).append(" |");
			for (Tool tool : Tool.values()) {
				Score score = row.get(tool);
				out.append(' ').append((score != null) ? score.text() : "–").append(" |");
			}
			for (Tool tool : List.of(Tool.JDBC, Tool.SPRING_DATA_JDBC, Tool.HIBERNATE, Tool.JOOQ)) {
				out.append(' ').append(ratioText(row, tool)).append(" |");
			}
			out.append('\n');
		}
		return out.toString();
	}

	String targets() {
		StringBuilder out = new StringBuilder("| operation | target | ours ÷ JDBC | vs JDBC | ahead of Hibernate and Spring Data JDBC |\n"
				+ "|---|---|---:|---|---|\n");
		for (Operation operation : Operation.values()) {
			Map<Tool, Score> row = this.scores.get(operation);
			if (row == null || !row.containsKey(Tool.PRISMA) || operation.target() == null) {
				continue;
			}
			Double jdbc = ratio(row, Tool.JDBC);
			Double hibernate = ratio(row, Tool.HIBERNATE);
			Double springData = ratio(row, Tool.SPRING_DATA_JDBC);
			out.append("| ").append(operation.label()).append(" | ").append(operation.target().text()).append(" | ");
			out.append(ratioText(row, Tool.JDBC)).append(" | ");
			out.append((jdbc == null) ? "–" : (jdbc >= operation.target().ratio()) ? "met" : "**missed**").append(" | ");
			List<String> behind = new ArrayList<>();
			if (springData != null && springData < 1) {
				behind.add("Spring Data JDBC");
			}
			if (hibernate != null && hibernate < 1) {
				behind.add("Hibernate");
			}
			out.append((hibernate == null || springData == null) ? "–"
					: behind.isEmpty() ? "met" : "**missed** (behind " + String.join(", ", behind) + ")");
			out.append(" |\n");
		}
		return out.toString();
	}

	private static Double ratio(Map<Tool, Score> row, Tool other) {
		Score ours = row.get(Tool.PRISMA);
		Score theirs = row.get(other);
		return (ours == null || theirs == null) ? null : ours.score() / theirs.score();
	}

	private static String ratioText(Map<Tool, Score> row, Tool other) {
		Double ratio = ratio(row, other);
		return (ratio != null) ? String.format(Locale.ROOT, "%.2f", ratio) : "–";
	}

	/** A JMH throughput (operations per second) and its 99.9 % error. */
	record Score(double score, double error) {

		String text() {
			String format = (this.score >= 100) ? "%,.0f ± %,.0f" : "%,.1f ± %,.1f";
			return String.format(Locale.ROOT, format, this.score, Double.isNaN(this.error) ? 0 : this.error);
		}

	}

}
