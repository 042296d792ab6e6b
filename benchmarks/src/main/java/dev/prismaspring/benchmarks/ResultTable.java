package dev.prismaspring.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The migration benchmark's figures: one row per measurement, one column per tool, as Markdown. */
final class ResultTable {

	private final List<Migrator> tools;

	private final Map<String, Row> rows = new LinkedHashMap<>();

	/**
	 * @param tools the columns; the first is compared with the others
	 */
	ResultTable(List<Migrator> tools) {
		this.tools = List.copyOf(tools);
	}

	/**
	 * @param label the measurement, e.g. {@code apply 1,000 pending migrations (ms)}
	 * @param decimals digits after the point when shown
	 */
	void define(String label, int decimals) {
		Map<Migrator, Samples> samples = new LinkedHashMap<>();
		this.tools.forEach((tool) -> samples.put(tool, new Samples()));
		this.rows.put(label, new Row(decimals, samples));
	}

	/**
	 * @param label a defined measurement
	 * @param tool the tool measured
	 * @return its measurements
	 */
	Samples samples(String label, Migrator tool) {
		return this.rows.get(label).samples().get(tool);
	}

	/** @return the table, with the first tool's median divided by each other's */
	String markdown() {
		StringBuilder out = new StringBuilder("| measurement |");
		StringBuilder rule = new StringBuilder("|---|");
		for (Migrator tool : this.tools) {
			out.append(' ').append(tool.name()).append(": median (min–max) |");
			rule.append("---:|");
		}
		List<Migrator> others = new ArrayList<>(this.tools.subList(1, this.tools.size()));
		others.forEach((other) -> {
			out.append(" ours ÷ ").append(other.name().split(" ")[0]).append(" |");
			rule.append("---:|");
		});
		out.append('\n').append(rule).append('\n');
		this.rows.forEach((label, row) -> {
			out.append("| ").append(label).append(" |");
			for (Migrator tool : this.tools) {
				out.append(' ').append(row.samples().get(tool).format(row.decimals())).append(" |");
			}
			double ours = row.samples().get(this.tools.get(0)).median();
			others.forEach((other) -> out.append(' ')
				.append(Samples.number(ours / row.samples().get(other).median(), 2)).append(" |"));
			out.append('\n');
		});
		return out.toString();
	}

	private record Row(int decimals, Map<Migrator, Samples> samples) {
	}

}
