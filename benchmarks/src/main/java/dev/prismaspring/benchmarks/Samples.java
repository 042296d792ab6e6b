package dev.prismaspring.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Repeated measurements of one thing, in milliseconds. */
final class Samples {

	private final List<Double> values = new ArrayList<>();

	/**
	 * @param millis one measurement
	 */
	void add(double millis) {
		this.values.add(millis);
	}

	/** @return how many measurements */
	int size() {
		return this.values.size();
	}

	/** @return the median (the mean of the middle two for an even count) */
	double median() {
		List<Double> sorted = sorted();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/** @return the measurement added last */
	double last() {
		if (this.values.isEmpty()) {
			throw new IllegalStateException("No measurements");
		}
		return this.values.get(this.values.size() - 1);
	}

	/** @return the smallest measurement */
	double min() {
		return sorted().get(0);
	}

	/** @return the largest measurement */
	double max() {
		return sorted().get(this.values.size() - 1);
	}

	private List<Double> sorted() {
		if (this.values.isEmpty()) {
			throw new IllegalStateException("No measurements");
		}
		List<Double> sorted = new ArrayList<>(this.values);
		sorted.sort(null);
		return sorted;
	}

	/**
	 * @param decimals digits after the point
	 * @return e.g. {@code 4,210 (4,102–4,388)}
	 */
	String format(int decimals) {
		return number(median(), decimals) + " (" + number(min(), decimals) + "–" + number(max(), decimals) + ")";
	}

	static String number(double value, int decimals) {
		return String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}

	/**
	 * @param startNanos a {@code System.nanoTime()} taken before the run
	 * @return the milliseconds since then
	 */
	static double since(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000.0;
	}

}
