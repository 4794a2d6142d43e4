package org.fairflow.workers.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fairflow.workers.job.TestJob;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@code request-security-check} with the portal's records: the identity is read by
 * {@code personId}, and a recorded answer is handed over again instead of asking the
 * service (how a resumed case gets its answer back).
 */
@SpringBootTest(properties = { "fairflow.security-check.simulated.delay=PT0.2S",
		"fairflow.security-check.simulated.watch-list=E99887766" })
class SecurityCheckRecordsTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class Portal {

		@Bean
		Records records() {
			return new Records();
		}

		@Bean
		SecurityCheckTest.CollectingListener collectingListener() {
			return new SecurityCheckTest.CollectingListener();
		}

	}

	static class Records implements SecurityCheckRecords {

		final Map<String, String> documents = new ConcurrentHashMap<>();

		final Map<String, SecurityCheckAnswer> answers = new ConcurrentHashMap<>();

		@Override
		public Optional<SecurityCheckRequest> identity(String personId, String caseId, int round) {
			return Optional.ofNullable(this.documents.get(personId))
				.map((number) -> new SecurityCheckRequest(caseId, round, "Anna Schmidt", "DE", "PASSPORT", number,
						"1990-01-31"));
		}

		@Override
		public Optional<SecurityCheckAnswer> knownAnswer(String caseId, int round) {
			return Optional.ofNullable(this.answers.get(caseId + "/" + round));
		}

	}

	@Autowired
	RequestSecurityCheckWorker worker;

	@Autowired
	Records records;

	@Autowired
	SecurityCheckTest.CollectingListener listener;

	private final String caseId = UUID.randomUUID().toString();

	@Test
	void theIdentityComesFromThePortalByPersonIdNotFromTheVariables() {
		this.records.documents.put("7", "E99887766");

		this.worker.handle(job("7").variable("documentNumber", "G00000001"));

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.listener.of(this.caseId)).singleElement()
				.satisfies((answer) -> assertThat(answer.passed()).as("the watched number from the portal").isFalse()));
	}

	@Test
	void aRecordedAnswerIsHandedOverAgainAndTheServiceIsNotAsked() throws InterruptedException {
		this.records.documents.put("8", "E99887766");
		this.records.answers.put(this.caseId + "/1", new SecurityCheckAnswer(this.caseId, 1, true, null));

		this.worker.handle(job("8"));

		assertThat(this.listener.of(this.caseId)).as("answered at once, on the job's thread")
			.containsExactly(new SecurityCheckAnswer(this.caseId, 1, true, null));
		// Long enough for the simulation's (failing) answer, had the service been asked.
		Thread.sleep(600);
		assertThat(this.listener.of(this.caseId)).hasSize(1);
	}

	@Test
	void aPersonThePortalDoesNotKnowFailsTheJobSoItIsRetried() {
		assertThatThrownBy(() -> this.worker.handle(job("404"))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("no person 404");
		assertThat(List.copyOf(this.listener.of(this.caseId))).isEmpty();
	}

	private TestJob job(String personId) {
		return TestJob.of("request-security-check", "Task_RequestSecurityCheck")
			.variable("caseId", this.caseId)
			.variable("round", 1)
			.variable("personId", personId);
	}

}
