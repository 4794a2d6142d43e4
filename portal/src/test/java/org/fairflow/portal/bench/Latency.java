package org.fairflow.portal.bench;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The median and 95th percentile of a page's answer time, in milliseconds, over a number
 * of calls after {@link #WARM_UP} warm-up calls ({@code fairflow.bench.warm-up-calls},
 * 200; so that the first level of a run, on a portal that has just started, is not
 * measured on code still being compiled: with 50, the first level's p95 of the persons
 * overview was still 1.7 times the next level's). Every call must answer 200.
 *
 * @param p50 the median
 * @param p95 the 95th percentile
 */
record Latency(double p50, double p95) {

	static final int WARM_UP = Integer.getInteger("fairflow.bench.warm-up-calls", 200);

	/** One call of the page; returns its HTTP status. */
	@FunctionalInterface
	interface Call {

		int run() throws Exception;

	}

	static Latency of(int samples, Call call) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			call.run();
		}
		double[] millis = new double[samples];
		for (int i = 0; i < samples; i++) {
			long started = System.nanoTime();
			assertThat(call.run()).as("the page answers").isEqualTo(200);
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		return new Latency(millis[(samples - 1) / 2], millis[(int) Math.ceil(samples * 0.95) - 1]);
	}

	@Override
	public String toString() {
		return String.format("%.1f / %.1f", this.p50, this.p95);
	}

}
