package org.fairflow.portal.unified;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a code stops working, as the clock moves on. */
class SwitchCodeTest {

	private static final Instant ISSUED = Instant.parse("2026-11-23T08:00:00Z");

	private final SwitchCode code = new SwitchCode(1L, SwitchAction.ON, "hash", ISSUED,
			ISSUED.plus(SwitchCodes.VALIDITY), "reviewer");

	@Test
	void aCodeWorksForFiveMinutesAndNotASecondLonger() {
		assertThat(this.code.deadReason(ISSUED)).isNull();
		assertThat(this.code.deadReason(ISSUED.plusSeconds(299))).isNull();
		assertThat(this.code.deadReason(ISSUED.plusSeconds(300))).isEqualTo("unified.code.expired");
		assertThat(this.code.deadReason(ISSUED.plusSeconds(3600))).isEqualTo("unified.code.expired");
	}

	@Test
	void fiveWrongAttemptsKillTheCode() {
		for (int left = 4; left >= 1; left--) {
			assertThat(this.code.wrongAttempt()).isEqualTo(left);
			assertThat(this.code.deadReason(ISSUED)).isNull();
		}
		assertThat(this.code.wrongAttempt()).isZero();
		assertThat(this.code.deadReason(ISSUED)).isEqualTo("unified.code.dead");
	}

	@Test
	void aUsedCodeIsGone() {
		this.code.use();
		assertThat(this.code.deadReason(ISSUED)).isEqualTo("unified.code.none");
	}

}
