package org.fairflow.portal.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins per key: counted in a window, locked for a while, bounded in memory.
 */
class FailureCounterTest {

	private static final Duration MINUTES_15 = Duration.ofMinutes(15);

	private final Instant start = Instant.parse("2026-05-01T08:00:00Z");

	@Test
	void theLimitLocksForTheLockDurationThenCountingStartsAfresh() {
		FailureCounter counter = new FailureCounter(3, MINUTES_15, MINUTES_15, 100);
		counter.failed("a", this.start);
		counter.failed("a", this.start.plusSeconds(1));
		assertThat(counter.locked("a", this.start.plusSeconds(2))).isFalse();

		counter.failed("a", this.start.plusSeconds(2));

		assertThat(counter.locked("a", this.start.plusSeconds(3))).isTrue();
		assertThat(counter.locked("b", this.start.plusSeconds(3))).isFalse();
		assertThat(counter.locked("a", this.start.plusSeconds(2).plus(MINUTES_15))).isFalse();
		counter.failed("a", this.start.plus(Duration.ofMinutes(20)));
		assertThat(counter.locked("a", this.start.plus(Duration.ofMinutes(20)))).isFalse();
	}

	@Test
	void resetForgetsTheFailures() {
		FailureCounter counter = new FailureCounter(2, MINUTES_15, MINUTES_15, 100);
		counter.failed("a", this.start);
		counter.reset("a");
		counter.failed("a", this.start);

		assertThat(counter.locked("a", this.start)).isFalse();
	}

	@Test
	void randomNamesCannotGrowTheCountsBeyondTheBound() {
		FailureCounter counter = new FailureCounter(5, MINUTES_15, MINUTES_15, 1000);

		for (int i = 0; i < 50_000; i++) {
			counter.failed("random-" + i, this.start);
		}

		assertThat(counter.tracked()).isEqualTo(1000);
	}

}
