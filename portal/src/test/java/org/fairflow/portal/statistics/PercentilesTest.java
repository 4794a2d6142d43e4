package org.fairflow.portal.statistics;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PercentilesTest {

	@Test
	void nearestRankPicksAValueOfTheSampleWhateverItsOrder() {
		List<Duration> sample = IntStream.of(7, 1, 10, 3, 5, 2, 9, 4, 8, 6).mapToObj(Duration::ofHours).toList();

		assertThat(Percentiles.of(sample, 50)).isEqualTo(Duration.ofHours(5));
		assertThat(Percentiles.of(sample, 90)).isEqualTo(Duration.ofHours(9));
		assertThat(Percentiles.of(sample, 100)).isEqualTo(Duration.ofHours(10));
		assertThat(Percentiles.of(sample, 1)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aSingleDecisionIsEveryPercentileAndNoDecisionsHaveNone() {
		assertThat(Percentiles.of(List.of(Duration.ofMinutes(42)), 50)).isEqualTo(Duration.ofMinutes(42));
		assertThat(Percentiles.of(List.of(Duration.ofMinutes(42)), 90)).isEqualTo(Duration.ofMinutes(42));
		assertThat(Percentiles.of(List.of(), 50)).isNull();
	}

	@Test
	void anOddSampleHasItsMiddleAsMedian() {
		List<Duration> sample = List.of(Duration.ofHours(30), Duration.ofHours(1), Duration.ofHours(2));

		assertThat(Percentiles.of(sample, 50)).isEqualTo(Duration.ofHours(2));
		assertThat(Percentiles.of(sample, 90)).isEqualTo(Duration.ofHours(30));
	}

	@Test
	void aPercentileOutsideOneToHundredIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.of(List.of(Duration.ZERO), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.of(List.of(Duration.ZERO), 101));
	}

}
