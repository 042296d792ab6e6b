package dev.prismaspring.benchmarks.query;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws the query benchmark as a PNG: for every operation, each tool's throughput divided by
 * hand-written JDBC's, as horizontal bars on a logarithmic axis (1 is JDBC; to the right is
 * faster). Reads score files of tab-separated lines (operation's method, its label, tool,
 * operations per second), as {@code QueryBenchmark --scores=FILE} and the Node benchmark write
 * them.
 *
 * <p>Usage: {@code QueryChart OUT.png SCORES.tsv [MORE.tsv ...]}.
 */
public final class QueryChart {

	private static final String BASELINE = Tool.JDBC.label();

	private static final double MIN_RATIO = 0.01;

	private static final double MAX_RATIO = 10;

	private static final int WIDTH = 1100;

	private static final int LABEL_WIDTH = 330;

	private static final int PLOT_RIGHT = WIDTH - 40;

	private static final int BAR = 11;

	private static final int GROUP_GAP = 14;

	private static final int TOP = 70;

	private static final Color[] COLORS = { new Color(0x2b6cb0), new Color(0x718096), new Color(0x38a169),
			new Color(0xd69e2e), new Color(0x805ad5), new Color(0xe53e3e), new Color(0x319795) };

	private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);

	private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

	private static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

	private static final Font VALUE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

	private QueryChart() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			throw new IllegalArgumentException("Usage: QueryChart OUT.png SCORES.tsv [MORE.tsv ...]");
		}
		Scores scores = new Scores();
		for (int i = 1; i < args.length; i++) {
			scores.read(Path.of(args[i]));
		}
		Path out = Path.of(args[0]);
		ImageIO.write(draw(scores), "png", out.toFile());
		System.err.println("wrote " + out);
	}

	static BufferedImage draw(Scores scores) {
		List<String> tools = scores.tools();
		int groupHeight = tools.size() * BAR + GROUP_GAP;
		int height = TOP + scores.operations().size() * groupHeight + 60;
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, height);
			g.setColor(Color.BLACK);
			g.setFont(TITLE_FONT);
			g.drawString("Throughput relative to hand-written JDBC (log scale; 1 = JDBC, right is faster)", 20, 24);
			drawLegend(g, tools);
			int plotBottom = height - 40;
			drawAxis(g, plotBottom);
			int y = TOP;
			g.setFont(LABEL_FONT);
			for (Map.Entry<String, Map<String, Double>> operation : scores.operations().entrySet()) {
				Double baseline = operation.getValue().get(BASELINE);
				g.setColor(Color.BLACK);
				g.drawString(scores.label(operation.getKey()), 20, y + groupHeight / 2);
				for (int t = 0; t < tools.size(); t++) {
					Double value = operation.getValue().get(tools.get(t));
					if (value != null && baseline != null && baseline > 0) {
						double ratio = value / baseline;
						int x = x(Math.max(MIN_RATIO, Math.min(MAX_RATIO, ratio)));
						g.setColor(COLORS[t % COLORS.length]);
						g.fillRect(LABEL_WIDTH, y + t * BAR, Math.max(1, x - LABEL_WIDTH), BAR - 2);
						g.setColor(Color.DARK_GRAY);
						g.setFont(VALUE_FONT);
						g.drawString(String.format(Locale.ROOT, "%.2f", ratio), x + 4, y + t * BAR + BAR - 3);
						g.setFont(LABEL_FONT);
					}
				}
				y += groupHeight;
			}
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private static void drawLegend(Graphics2D g, List<String> tools) {
		g.setFont(LABEL_FONT);
		int x = 20;
		for (int t = 0; t < tools.size(); t++) {
			g.setColor(COLORS[t % COLORS.length]);
			g.fillRect(x, 38, 12, 12);
			g.setColor(Color.BLACK);
			g.drawString(tools.get(t), x + 16, 49);
			x += 22 + g.getFontMetrics().stringWidth(tools.get(t));
		}
	}

	private static void drawAxis(Graphics2D g, int bottom) {
		g.setFont(AXIS_FONT);
		for (double tick = MIN_RATIO; tick <= MAX_RATIO * 1.001; tick *= 10) {
			int x = x(tick);
			g.setColor((Math.abs(tick - 1) < 1e-9) ? Color.BLACK : new Color(0xdddddd));
			g.setStroke(new BasicStroke((Math.abs(tick - 1) < 1e-9) ? 1.5f : 1f));
			g.drawLine(x, TOP - 6, x, bottom);
			g.setColor(Color.BLACK);
			String text = (tick < 1) ? String.format(Locale.ROOT, "%s", tick) : String.format(Locale.ROOT, "%.0f", tick);
			g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, bottom + 16);
		}
		g.setStroke(new BasicStroke(1f));
	}

	private static int x(double ratio) {
		double share = (Math.log10(ratio) - Math.log10(MIN_RATIO)) / (Math.log10(MAX_RATIO) - Math.log10(MIN_RATIO));
		return LABEL_WIDTH + (int) Math.round(share * (PLOT_RIGHT - LABEL_WIDTH));
	}

	/** The scores read, by operation and tool, in the order first read. */
	static final class Scores {

		private final Map<String, Map<String, Double>> byOperation = new LinkedHashMap<>();

		private final Map<String, String> labels = new LinkedHashMap<>();

		private final List<String> tools = new ArrayList<>();

		void read(Path file) {
			try {
				for (String line : Files.readAllLines(file)) {
					if (line.isBlank()) {
						continue;
					}
					String[] parts = line.split("\t");
					if (parts.length != 4) {
						throw new IllegalArgumentException(file + ": expected 4 tab-separated fields, got: " + line);
					}
					add(parts[0], parts[1], parts[2], Double.parseDouble(parts[3]));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the scores " + file, ex);
			}
		}

		void add(String method, String label, String tool, double opsPerSecond) {
			this.byOperation.computeIfAbsent(method, (key) -> new LinkedHashMap<>()).put(tool, opsPerSecond);
			this.labels.putIfAbsent(method, label);
			if (!this.tools.contains(tool)) {
				this.tools.add(tool);
			}
		}

		/** @return the scores by operation, in the table's order of operations, then any others */
		Map<String, Map<String, Double>> operations() {
			Map<String, Map<String, Double>> ordered = new LinkedHashMap<>();
			for (Operation operation : Operation.values()) {
				if (this.byOperation.containsKey(operation.method())) {
					ordered.put(operation.method(), this.byOperation.get(operation.method()));
				}
			}
			this.byOperation.forEach(ordered::putIfAbsent);
			return ordered;
		}

		String label(String method) {
			return this.labels.get(method);
		}

		/** @return the tools, in the table's order of the JVM tools, then any others as read */
		List<String> tools() {
			List<String> ordered = new ArrayList<>();
			for (Tool tool : Tool.values()) {
				if (this.tools.contains(tool.label())) {
					ordered.add(tool.label());
				}
			}
			this.tools.stream().filter((tool) -> !ordered.contains(tool)).forEach(ordered::add);
			return ordered;
		}

	}

}
