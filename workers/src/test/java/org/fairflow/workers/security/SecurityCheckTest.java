package org.fairflow.workers.security;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fairflow.workers.job.TestJob;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker {@code request-security-check} with the simulated service, answering after
 * 200 ms to a listener that collects the answers. Every test uses its own case id.
 */
@SpringBootTest(properties = { "fairflow.security-check.simulated.delay=PT0.2S",
		"fairflow.security-check.simulated.watch-list=E99887766, g12345678" })
class SecurityCheckTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class Listener {

		@Bean
		CollectingListener collectingListener() {
			return new CollectingListener();
		}

	}

	static class CollectingListener implements SecurityCheckListener {

		final List<SecurityCheckAnswer> answers = new CopyOnWriteArrayList<>();

		@Override
		public void answered(SecurityCheckAnswer answer) {
			this.answers.add(answer);
		}

		List<SecurityCheckAnswer> of(String caseId) {
			return this.answers.stream().filter((answer) -> answer.caseId().equals(caseId)).toList();
		}

	}

	@Autowired
	RequestSecurityCheckWorker worker;

	@Autowired
	SecurityCheckService service;

	@Autowired
	CollectingListener listener;

	private final String caseId = UUID.randomUUID().toString();

	@Test
	void theSimulationIsTheDefault() {
		assertThat(this.service).isInstanceOf(SimulatedSecurityCheckService.class);
	}

	@Test
	void passesAnIdentityThatIsNotWatchedAfterTheDelay() {
		assertThat(this.worker.handle(job("G00000001"))).isEmpty();
		assertThat(this.listener.of(this.caseId)).isEmpty();

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.listener.of(this.caseId)).singleElement()
				.isEqualTo(new SecurityCheckAnswer(this.caseId, 2, true, null)));
	}

	@Test
	void failsAnIdentityOnTheWatchList() {
		this.worker.handle(job("g12345678 "));

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.listener.of(this.caseId)).singleElement().satisfies((answer) -> {
				assertThat(answer.passed()).isFalse();
				assertThat(answer.reason()).contains("watch list");
				assertThat(answer.round()).isEqualTo(2);
			}));
	}

	@Test
	void answersARepeatedRequestOnce() throws InterruptedException {
		this.worker.handle(job("G00000002"));
		this.worker.handle(job("G00000002"));

		await().atMost(Duration.ofSeconds(5)).until(() -> !this.listener.of(this.caseId).isEmpty());
		// Long enough for a second answer, had one been scheduled.
		Thread.sleep(600);
		assertThat(this.listener.of(this.caseId)).hasSize(1);
	}

	@Test
	void checksAgainInALaterRound() {
		this.worker.handle(job("G00000003"));
		this.worker.handle(job("G00000003").variable("round", 3));

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.listener.of(this.caseId)).extracting(SecurityCheckAnswer::round)
				.containsExactlyInAnyOrder(2, 3));
	}

	@Test
	void takesRoundOneAndPassesWhenTheProcessCarriesNoIdentityData() {
		this.worker.handle(TestJob.of("request-security-check", "Task_RequestSecurityCheck")
			.variable("caseId", this.caseId)
			.variable("personId", "17")
			.variable("personName", "张三"));

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.listener.of(this.caseId)).singleElement()
				.isEqualTo(new SecurityCheckAnswer(this.caseId, 1, true, null)));
	}

	private TestJob job(String documentNumber) {
		return TestJob.of("request-security-check", "Task_RequestSecurityCheck")
			.variable("caseId", this.caseId)
			.variable("round", 2)
			.variable("personId", "42")
			.variable("personName", "Anna Schmidt")
			.variable("nationality", "DE")
			.variable("documentType", "PASSPORT")
			.variable("documentNumber", documentNumber)
			.variable("birthDate", "1990-01-31");
	}

}
