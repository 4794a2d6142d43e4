package org.fairflow.processes;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairflow.processes.JobDriver.IDLE_TIMEOUT;
import static org.fairflow.processes.JobDriver.USER_TASK;

/**
 * Timers and due dates are absolute points in time, fixed when a case first reaches the
 * step: a case started again before its checkpoint with the variables it had there (how
 * the portal resumes after losing the in-memory engine) waits only for what is left.
 */
@ZeebeProcessTest
class DeadlinesSurviveRestartProcessTest {

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	private JobDriver driver;

	/** How far the tests moved the engine's clock past the system clock. */
	private Duration advanced = Duration.ZERO;

	@BeforeEach
	void deployModels() {
		this.driver = new JobDriver(this.client, this.engine, "deadline-test", (job) -> {
		});
		this.client.newDeployResourceCommand()
			.addResourceFromClasspath("models/badge-review.bpmn")
			.addResourceFromClasspath("models/unit-review.bpmn")
			.addResourceFromClasspath("models/refund.bpmn")
			.addResourceFromClasspath("models/refund-eligibility.dmn")
			.addResourceFromClasspath("models/meeting-booking.bpmn")
			.addResourceFromClasspath("models/exhibit-audit.bpmn")
			.send()
			.join();
	}

	@Test
	void securityTimerKeepsItsDueTimeWhenTheCaseResumes() throws Exception {
		Instant before = engineNow();
		long first = startBefore("badge-review", "Task_RequestSecurityCheck", badgeCase());
		ActivatedJob request = this.driver.activateSingle("request-security-check");
		Instant due = dueAt(request, "securityCheckDue");
		assertThat(due).isBetween(before.plus(Duration.ofDays(2)), engineNow().plus(Duration.ofDays(2)));
		Map<String, Object> checkpoint = request.getVariablesAsMap();
		this.driver.complete(request, Map.of());
		advance(Duration.ofHours(36));
		assertThat(this.driver.activate(USER_TASK)).as("no organiser task after 36 of 48 hours").isEmpty();

		restart(first, "badge-review", "Task_RequestSecurityCheck", checkpoint);
		ActivatedJob again = this.driver.activateSingle("request-security-check");
		assertThat(dueAt(again, "securityCheckDue")).isEqualTo(due);
		this.driver.complete(again, Map.of());
		assertThat(this.driver.activate(USER_TASK)).as("no organiser task right after the resume").isEmpty();
		advance(Duration.ofHours(13));

		assertThat(this.driver.userTask("Task_SecurityTimeout").getElementId()).isEqualTo("Task_SecurityTimeout");
	}

	@Test
	void securityTimerDueWhileTheEngineWasDownFiresAtOnce() throws Exception {
		long first = startBefore("badge-review", "Task_RequestSecurityCheck", badgeCase());
		ActivatedJob request = this.driver.activateSingle("request-security-check");
		Map<String, Object> checkpoint = request.getVariablesAsMap();
		this.client.newCancelInstanceCommand(first).send().join();
		advance(Duration.ofDays(3));

		startBefore("badge-review", "Task_RequestSecurityCheck", checkpoint);
		this.driver.complete(this.driver.activateSingle("request-security-check"), Map.of());

		assertThat(awaitUserTask().getElementId()).isEqualTo("Task_SecurityTimeout");
	}

	@Test
	void redLetterLapseKeepsItsDueTimeWhenTheCaseResumes() throws Exception {
		Instant before = engineNow();
		long first = startBefore("refund", "Task_AwaitBuyerConfirmation", refundCase());
		ActivatedJob await = this.driver.activateSingle("await-red-letter-confirmation");
		Instant due = dueAt(await, "redLetterConfirmationDue");
		assertThat(due).isBetween(before.plus(Duration.ofHours(72)), engineNow().plus(Duration.ofHours(72)));
		Map<String, Object> checkpoint = await.getVariablesAsMap();
		this.driver.complete(await, Map.of());
		advance(Duration.ofHours(48));
		assertThat(this.driver.activate("update-case-status")).as("no lapse after 48 of 72 hours").isEmpty();

		restart(first, "refund", "Task_AwaitBuyerConfirmation", checkpoint);
		ActivatedJob again = this.driver.activateSingle("await-red-letter-confirmation");
		assertThat(dueAt(again, "redLetterConfirmationDue")).isEqualTo(due);
		this.driver.complete(again, Map.of());
		assertThat(this.driver.activate("update-case-status")).as("no lapse right after the resume").isEmpty();
		advance(Duration.ofHours(25));

		assertThat(awaitJob("update-case-status").getElementId()).isEqualTo("Task_MarkLapsed");
	}

	/**
	 * A meeting two days ahead: the deadline is a day after pre-approval (the earliest
	 * allowed), the last reminder 12 hours after it; resumed 6 hours in, a deadline
	 * counted again would move both by 6 hours.
	 */
	@Test
	void supplementDeadlineAndRemindersKeepTheirTimesWhenTheCaseResumes() throws Exception {
		Instant start = engineNow().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		Instant before = engineNow();
		long first = startBefore("meeting-booking", "Task_MarkPreApproved", meetingCase(start));
		this.driver.completeServiceJobs();
		ActivatedJob supplement = this.driver.userTask("Task_Supplement");
		Instant due = dueAt(supplement, "supplementDue");
		assertThat(due).isBetween(before.plus(Duration.ofDays(1)), engineNow().plus(Duration.ofDays(1)));
		Instant lastReminder = dueAt(supplement, "supplementLastReminderDue");
		assertThat(lastReminder).isEqualTo(due.minus(Duration.ofHours(12)));
		advance(Duration.ofHours(6));

		restart(first, "meeting-booking", "Task_Supplement", supplement.getVariablesAsMap());
		ActivatedJob again = this.driver.userTask("Task_Supplement");
		assertThat(dueDate(again)).isEqualTo(due);
		assertThat(dueAt(again, "supplementDue")).isEqualTo(due);
		assertThat(dueAt(again, "supplementLastReminderDue")).isEqualTo(lastReminder);
		assertThat(this.driver.completeServiceJobs()).as("no reminder 6 hours into the wait").isEmpty();
		advance(Duration.ofHours(7));

		assertThat(JobDriver.elementIds(this.driver.completeServiceJobs()))
			.as("the last reminder at its first-round time, not 12 hours after the resume")
			.containsExactly("Task_SmsLastReminder", "Task_EmailLastReminder");
	}

	@Test
	void reviewTaskKeepsItsDueDateWhenTheCaseResumes() throws Exception {
		Instant before = engineNow();
		long first = startBefore("unit-review", "Task_FirstReview", unitCase(1));
		ActivatedJob review = this.driver.userTask("Task_FirstReview");
		Instant due = dueDate(review);
		assertThat(due).isBetween(before.plus(Duration.ofDays(3)), engineNow().plus(Duration.ofDays(3)));
		assertThat(dueAt(review, "firstReviewDue")).isEqualTo(due);
		advance(Duration.ofDays(1));

		restart(first, "unit-review", "Task_FirstReview", review.getVariablesAsMap());

		assertThat(dueDate(this.driver.userTask("Task_FirstReview"))).isEqualTo(due);
	}

	@Test
	void exhibitAuditKeepsItsDueDateWhenTheCaseResumes() throws Exception {
		Instant before = engineNow();
		long first = startBefore("exhibit-audit", "Task_Audit", exhibitCase());
		ActivatedJob audit = this.driver.userTask("Task_Audit");
		Instant due = dueDate(audit);
		assertThat(due).isBetween(before.plus(Duration.ofDays(3)), engineNow().plus(Duration.ofDays(3)));
		assertThat(dueAt(audit, "auditDue")).isEqualTo(due);
		advance(Duration.ofDays(2));

		restart(first, "exhibit-audit", "Task_Audit", audit.getVariablesAsMap());

		assertThat(dueDate(this.driver.userTask("Task_Audit"))).as("a day left, not three again").isEqualTo(due);
	}

	@Test
	void aNewReviewRoundGetsANewDueDate() throws Exception {
		long first = startBefore("unit-review", "Task_FirstReview", unitCase(1));
		ActivatedJob review = this.driver.userTask("Task_FirstReview");
		Instant due = dueDate(review);
		advance(Duration.ofDays(1));
		Map<String, Object> nextRound = new HashMap<>(review.getVariablesAsMap());
		nextRound.put("round", 2);

		Instant before = engineNow();
		restart(first, "unit-review", "Task_FirstReview", nextRound);

		Instant renewed = dueDate(this.driver.userTask("Task_FirstReview"));
		assertThat(renewed).isBetween(before.plus(Duration.ofDays(3)), engineNow().plus(Duration.ofDays(3)))
			.isAfter(due);
	}

	/**
	 * A timer already due is triggered by the engine's next due-date check, which can
	 * come just after the engine reports idle: no clock is moved here.
	 */
	private ActivatedJob awaitUserTask() throws Exception {
		long deadline = System.nanoTime() + IDLE_TIMEOUT.toNanos();
		List<ActivatedJob> tasks = this.driver.activate(USER_TASK);
		while (tasks.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
			tasks = this.driver.activate(USER_TASK);
		}
		assertThat(tasks).as("user tasks").hasSize(1);
		return tasks.get(0);
	}

	/** Like {@link #awaitUserTask()}, for the first job of a type. */
	private ActivatedJob awaitJob(String type) throws Exception {
		long deadline = System.nanoTime() + IDLE_TIMEOUT.toNanos();
		List<ActivatedJob> jobs = this.driver.activate(type);
		while (jobs.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
			jobs = this.driver.activate(type);
		}
		assertThat(jobs).as("jobs of type %s", type).hasSize(1);
		return jobs.get(0);
	}

	private long startBefore(String processId, String elementId, Map<String, Object> variables) throws Exception {
		long key = this.client.newCreateInstanceCommand()
			.bpmnProcessId(processId)
			.latestVersion()
			.variables(variables)
			.startBeforeElement(elementId)
			.send()
			.join()
			.getProcessInstanceKey();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
		return key;
	}

	/** The engine forgets the instance; the portal starts it again at its checkpoint. */
	private void restart(long instanceKey, String processId, String elementId, Map<String, Object> checkpoint)
			throws Exception {
		this.client.newCancelInstanceCommand(instanceKey).send().join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
		startBefore(processId, elementId, checkpoint);
	}

	private void advance(Duration duration) throws Exception {
		this.engine.increaseTime(duration);
		this.advanced = this.advanced.plus(duration);
		this.engine.waitForIdleState(IDLE_TIMEOUT);
	}

	/**
	 * FEEL's {@code now()} reads the engine's clock: the system's plus what the test
	 * moved it, in milliseconds.
	 */
	private Instant engineNow() {
		return Instant.now().plus(this.advanced).truncatedTo(ChronoUnit.MILLIS);
	}

	@SuppressWarnings("unchecked")
	private static Instant dueAt(ActivatedJob job, String variable) {
		Map<String, Object> due = (Map<String, Object>) job.getVariablesAsMap().get(variable);
		assertThat(due).as("%s of %s", variable, job.getElementId()).containsKeys("round", "at");
		return OffsetDateTime.parse(due.get("at").toString()).toInstant();
	}

	private static Instant dueDate(ActivatedJob task) {
		return OffsetDateTime.parse(task.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant();
	}

	private static Map<String, Object> badgeCase() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", "case-deadline");
		variables.put("round", 1);
		variables.put("personId", 7001);
		variables.put("badgeType", "STAFF");
		variables.put("fee", 0);
		variables.put("organiserGroup", "org:organiser");
		return variables;
	}

	private static Map<String, Object> refundCase() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", "case-refund");
		variables.put("round", 1);
		variables.put("refundRef", "refund-5");
		variables.put("invoiced", true);
		variables.put("invoiceNumber", "24442000000012345678");
		variables.put("redLetterState", "AWAITING_BUYER");
		return variables;
	}

	private static Map<String, Object> meetingCase(Instant start) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", "case-meeting");
		variables.put("round", 1);
		variables.put("applicantGroup", "unit:42");
		variables.put("meetingName", "数字贸易合作论坛");
		variables.put("meetingStart", start.toString());
		return variables;
	}

	private static Map<String, Object> exhibitCase() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", "case-exhibit");
		variables.put("round", 1);
		variables.put("itemKind", "BOOTH");
		variables.put("itemName", "数字贸易体验馆");
		variables.put("auditGroup", "org:7");
		return variables;
	}

	private static Map<String, Object> unitCase(int round) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", "case-unit");
		variables.put("round", round);
		variables.put("firstReviewGroup", "org:sub-1");
		variables.put("secondReviewGroup", "org:del-1");
		return variables;
	}

}
