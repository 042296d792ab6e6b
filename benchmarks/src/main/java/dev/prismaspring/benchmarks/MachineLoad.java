package dev.prismaspring.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's 1-minute load average, sampled during a run, so that a table says how busy the
 * machine was (other builds on the same cores slow both tools and widen the ranges). Linux only;
 * elsewhere nothing is sampled.
 */
final class MachineLoad {

	private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

	private final Samples samples = new Samples();

	/** Takes one sample. */
	void sample() {
		try {
			this.samples.add(Double.parseDouble(Files.readString(LOAD_AVERAGE).split(" ")[0]));
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux: the table goes without it.
		}
	}

	/** @return e.g. {@code 1-minute load average 1.41–7.93 (median 3.35) on 2 cores}, or empty */
	String describe() {
		if (this.samples.size() == 0) {
			return "";
		}
		return "1-minute load average " + Samples.number(this.samples.min(), 2) + "–"
				+ Samples.number(this.samples.max(), 2) + " (median " + Samples.number(this.samples.median(), 2)
				+ ") on " + Runtime.getRuntime().availableProcessors() + " cores";
	}

}
