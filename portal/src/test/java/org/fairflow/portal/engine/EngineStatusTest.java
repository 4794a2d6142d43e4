package org.fairflow.portal.engine;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate that lets an engine be replaced only between requests. */
class EngineStatusTest {

	@Test
	void aRequestLetInBeforeARenewalHoldsTheSwitchUntilItEnds() throws Exception {
		EngineStatus status = new EngineStatus();
		status.ready();
		assertThat(status.enter()).isTrue();

		status.renewing();

		assertThat(status.awaitQuiet(Duration.ZERO)).as("the running request is waited for").isFalse();
		assertThat(status.enter()).as("a new request gets the one-moment page").isFalse();
		status.leave();
		assertThat(status.awaitQuiet(Duration.ZERO)).isTrue();
		assertThat(status.snapshot().renewal()).isTrue();
	}

	@Test
	void requestsPassAgainOnceTheNewEngineIsReady() {
		EngineStatus status = new EngineStatus();
		status.ready();
		status.renewing();

		status.ready();

		assertThat(status.enter()).isTrue();
		assertThat(status.snapshot().renewal()).isFalse();
	}

}
