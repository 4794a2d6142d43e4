package org.fairflow.portal.statistics;

import java.time.Duration;
import java.util.List;

/**
 * Percentiles by the nearest-rank method: the value below which {@code p} percent of the
 * sample lie, always one of the sample's own values (no interpolation, so a p90 of ten
 * reviews is the ninth slowest, a time somebody actually waited).
 */
final class Percentiles {

	private Percentiles() {
	}

	/** The {@code p}th percentile (0 < p <= 100) of the durations; null when empty. */
	static Duration of(List<Duration> sample, int p) {
		if (p <= 0 || p > 100) {
			throw new IllegalArgumentException("percentile out of range: " + p);
		}
		if (sample.isEmpty()) {
			return null;
		}
		List<Duration> sorted = sample.stream().sorted().toList();
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}

}
