package org.fairflow.processes;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairflow.processes.JobDriver.IDLE_TIMEOUT;
import static org.fairflow.processes.JobDriver.candidateGroups;
import static org.fairflow.processes.JobDriver.elementIds;

/**
 * Drives {@code meeting-booking.bpmn} through every path of its contract
 * (docs/ARCHITECTURE.md, "Meetings"): pre-review, supplement, re-review, an online or a
 * physical room (and a room taken meanwhile), rejections, withdrawals, and the supplement
 * deadline with its two reminders on the engine's clock.
 */
@ZeebeProcessTest
class MeetingBookingProcessTest {

	/**
	 * {@code ${name}}, {@code ${a.b}} and {@code ${a.b:format}}, as the workers fill
	 * them.
	 */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}:\\s]+)(:[a-z]+)?}");

	private static final String CASE_ID = "case-meeting-9";

	private JobDriver driver;

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	/** How far the tests moved the engine's clock past the system clock. */
	private Duration advanced = Duration.ZERO;

	@BeforeEach
	void deployModel() {
		this.driver = new JobDriver(this.client, this.engine, "meeting-test",
				MeetingBookingProcessTest::assertNotificationTexts);
		this.client.newDeployResourceCommand().addResourceFromClasspath("models/meeting-booking.bpmn").send().join();
	}

	@Test
	void anApprovedOnlineMeetingGetsAnOnlineRoomWhoseSecretsAreMarked() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("meeting-booking", booking("ONLINE", inDays(10)));
		List<ActivatedJob> jobs = new ArrayList<>(this.driver.completeServiceJobs());
		assertThat(elementIds(jobs)).containsExactly("Task_MarkSubmitted", "Task_SmsSubmitted", "Task_EmailSubmitted");
		jobs.addAll(passBothReviews());

		ActivatedJob open = this.driver.activateSingle("open-online-room");
		assertThat(open.getVariablesAsMap()).containsEntry("meetingRef", "meeting-9")
			.containsKeys("meetingName", "meetingStart", "meetingEnd", "plannedAttendance");
		this.driver.complete(open, Map.of("meetingNumber", "8101977400", "meetingPassword", "052121", "hostKey",
				"763255", "joinUrl", "/simulated/meeting-room/8101977400"));
		List<ActivatedJob> room = this.driver.completeServiceJobs();
		jobs.addAll(room);

		assertThat(elementIds(room)).containsExactly("Task_MarkRoomAllocated", "Task_SmsOnlineRoom",
				"Task_EmailOnlineRoom");
		assertThat(statuses(jobs)).containsExactly("AWAITING_PRE_REVIEW", "AWAITING_SUPPLEMENT", "AWAITING_RE_REVIEW",
				"AWAITING_ROOM", "ROOM_ALLOCATED");
		assertThat(events(jobs)).containsExactly("MEETING_SUBMITTED", "PRE_APPROVED", "SUPPLEMENTED", "RE_APPROVED",
				"ROOM_ALLOCATED");
		assertThat(room.get(1).getCustomHeaders()).containsEntry("secrets", "meetingPassword,hostKey");
		assertThat(room.get(2).getCustomHeaders()).containsEntry("secrets", "meetingPassword,hostKey");
		assertThat(render(room.get(1), "template")).contains("会议号：8101977400", "密码：052121", "主持人秘钥：763255",
				"会议日期：2027-11-06", "10:00-12:00");
		assertThat(render(room.get(1), "template_en")).contains("meeting number: 8101977400", "host key: 763255");
		assertThat(this.driver.activate(JobDriver.USER_TASK)).as("no room allocation for an online meeting").isEmpty();
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance)
			.hasPassedElement("End_Scheduled")
			.hasNotPassedElement("Task_AllocateRoom")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void anApprovedOfflineMeetingGetsTheRoomTheOrganiserAllocates() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("meeting-booking", booking("OFFLINE", inDays(10)));
		this.driver.completeServiceJobs();
		passBothReviews();
		assertThat(this.driver.activate("open-online-room")).isEmpty();

		ActivatedJob allocate = this.driver.userTask("Task_AllocateRoom");
		assertUserTask(allocate, "org:organiser", "meeting-room", "allocate", null);
		assertThat(dueDate(allocate)).isEqualTo(dueAt(allocate, "roomAllocationDue"));
		this.driver.complete(allocate, room(3, "A101"));
		ActivatedJob book = this.driver.activateSingle("book-meeting-room");
		assertThat(book.getVariablesAsMap()).containsEntry("meetingId", 9)
			.containsEntry("roomId", 3)
			.containsKeys("meetingStart", "meetingEnd");
		this.driver.complete(book, Map.of());
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkRoomAllocated", "Task_SmsOfflineRoom",
				"Task_EmailOfflineRoom");
		assertThat(statuses(jobs)).containsExactly("ROOM_ALLOCATED");
		assertThat(jobs.get(1).getCustomHeaders()).doesNotContainKey("secrets");
		assertThat(render(jobs.get(1), "template")).contains("国际会议中心A101", "2027-11-06");
		assertThat(render(jobs.get(1), "template_en")).contains("Room A101, International Convention Centre");
		BpmnAssert.assertThat(instance)
			.hasPassedElement("End_Scheduled")
			.hasNotPassedElement("Task_OpenOnlineRoom")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void aRoomTakenMeanwhileSendsTheCaseBackForAnotherRoom() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("meeting-booking", booking("OFFLINE", inDays(10)));
		this.driver.completeServiceJobs();
		passBothReviews();
		ActivatedJob first = this.driver.userTask("Task_AllocateRoom");
		this.driver.complete(first, room(3, "A101"));

		this.client.newThrowErrorCommand(this.driver.activateSingle("book-meeting-room").getKey())
			.errorCode("ROOM_TAKEN")
			.errorMessage("room 3 is taken")
			.send()
			.join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
		assertThat(this.driver.completeServiceJobs()).as("no status before a room is booked").isEmpty();
		ActivatedJob again = this.driver.userTask("Task_AllocateRoom");
		assertThat(dueDate(again)).as("the same round keeps its due date").isEqualTo(dueDate(first));
		this.driver.complete(again, room(4, "B202"));
		this.driver.complete(this.driver.activateSingle("book-meeting-room"), Map.of());
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkRoomAllocated", "Task_SmsOfflineRoom",
				"Task_EmailOfflineRoom");
		assertThat(render(jobs.get(1), "template")).contains("B202").doesNotContain("A101");
		BpmnAssert.assertThat(instance).hasPassedElement("End_Scheduled").isCompleted().hasNoIncidents();
	}

	@Test
	void aPreReviewRejectionEndsTheBookingWithTheReviewersComment() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("meeting-booking", booking("ONLINE", inDays(10)));
		this.driver.completeServiceJobs();
		ActivatedJob review = this.driver.userTask("Task_PreReview");
		assertUserTask(review, "org:organiser", "meeting-review", "approve,reject", "reject");
		assertThat(dueDate(review)).isEqualTo(dueAt(review, "preReviewDue"))
			.isAfter(Instant.now().plus(Duration.ofDays(3)).minus(Duration.ofMinutes(5)));

		this.driver.complete(review, Map.of("decision", "reject", "comment", "议题与展会无关"));
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkPreRejected", "Task_SmsPreRejected",
				"Task_EmailPreRejected");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "PRE_REJECTED")
			.containsEntry("event", "PRE_REJECTED")
			.containsEntry("commentFrom", "comment");
		assertThat(render(jobs.get(1), "template")).contains("初审未通过：议题与展会无关");
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance)
			.hasPassedElement("End_PreRejected")
			.hasNotPassedElement("Task_Supplement")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void aReReviewRejectionEndsTheBookingWithTheReviewersComment() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("meeting-booking", booking("ONLINE", inDays(10)));
		this.driver.completeServiceJobs();
		preApproveAndSupplement();
		ActivatedJob review = this.driver.userTask("Task_ReReview");
		assertUserTask(review, "org:organiser", "meeting-review", "approve,reject", "reject");
		assertThat(dueDate(review)).isEqualTo(dueAt(review, "reReviewDue"));

		this.driver.complete(review, Map.of("decision", "reject", "comment", "会议时间冲突"));
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkReRejected", "Task_SmsReRejected",
				"Task_EmailReRejected");
		assertThat(statuses(jobs)).containsExactly("RE_REJECTED");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("commentFrom", "comment");
		assertThat(render(jobs.get(2), "template")).contains("会议时间冲突");
		assertThat(this.activateAll("open-online-room")).isEmpty();
		BpmnAssert.assertThat(instance).hasPassedElement("End_ReRejected").isCompleted().hasNoIncidents();
	}

	@Test
	void anUnexpectedDecisionCountsAsRejectionNotAnIncident() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("meeting-booking", booking("ONLINE", inDays(10)));
		this.driver.completeServiceJobs();

		this.driver.complete(this.driver.userTask("Task_PreReview"), Map.of("decision", "maybe", "comment", "?"));
		this.driver.completeServiceJobs();

		BpmnAssert.assertThat(instance).hasPassedElement("Task_MarkPreRejected").isCompleted().hasNoIncidents();
	}

	@Test
	void aWithdrawalDuringPreReviewEndsTheBookingWithTheReasonAsComment() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("meeting-booking", booking("ONLINE", inDays(10)));
		this.driver.completeServiceJobs();
		this.driver.userTask("Task_PreReview");

		withdraw("嘉宾行程变更");
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertWithdrawn(jobs, "嘉宾行程变更");
		assertThat(this.driver.activate(JobDriver.USER_TASK)).as("the review is withdrawn").isEmpty();
		BpmnAssert.assertThat(instance)
			.hasPassedElement("Boundary_WithdrawnAtPreReview")
			.hasPassedElement("End_Withdrawn")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void aWithdrawalDuringReReviewEndsTheBookingWithTheReasonAsComment() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("meeting-booking", booking("ONLINE", inDays(10)));
		this.driver.completeServiceJobs();
		preApproveAndSupplement();
		this.driver.userTask("Task_ReReview");

		withdraw("会议取消");
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertWithdrawn(jobs, "会议取消");
		BpmnAssert.assertThat(instance)
			.hasPassedElement("Boundary_WithdrawnAtReReview")
			.hasPassedElement("End_Withdrawn")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void theSupplementDeadlineIsThreeDaysBeforeTheMeetingAndTheTasksDueDate() throws Exception {
		Instant start = inDays(10);
		this.driver.start("meeting-booking", booking("ONLINE", start));
		this.driver.completeServiceJobs();

		List<ActivatedJob> jobs = approvePreReview();
		ActivatedJob supplement = this.driver.userTask("Task_Supplement");

		Instant due = dueAt(jobs.get(0), "supplementDue");
		assertThat(due).isEqualTo(start.minus(Duration.ofDays(3)));
		assertThat(dueDate(supplement)).isEqualTo(due);
		assertThat(dueAt(supplement, "supplementDue")).as("kept by the task").isEqualTo(due);
		assertThat(dueAt(jobs.get(0), "supplementFirstReminderDue")).isEqualTo(due.minus(Duration.ofDays(2)));
		assertThat(dueAt(jobs.get(0), "supplementLastReminderDue")).isEqualTo(due.minus(Duration.ofHours(12)));
		assertUserTask(supplement, "unit:42", "meeting-supplement", "supplemented", null);
		assertThat(render(jobs.get(1), "template")).contains("初审通过。请于", "前登录运营平台补充信息、提交复审");
		assertThat(jobs.get(1).getCustomHeaders().get("template")).contains("${supplementDue.at:datetime}");
	}

	@Test
	void aSupplementDeadlineIsNeverEarlierThanADayAfterPreApproval() throws Exception {
		this.driver.start("meeting-booking", booking("ONLINE", inDays(2)));
		this.driver.completeServiceJobs();
		Instant before = engineNow();

		ActivatedJob preApproved = approvePreReview().get(0);

		assertThat(dueAt(preApproved, "supplementDue")).isBetween(before.plus(Duration.ofDays(1)),
				engineNow().plus(Duration.ofDays(1)));
	}

	@Test
	void aSupplementDeadlineIsNeverLaterThanTwoHoursBeforeTheStart() throws Exception {
		Instant start = engineNow().plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.SECONDS);
		this.driver.start("meeting-booking", booking("ONLINE", start));
		this.driver.completeServiceJobs();

		ActivatedJob preApproved = approvePreReview().get(0);

		assertThat(dueAt(preApproved, "supplementDue")).isEqualTo(start.minus(Duration.ofHours(2)));
	}

	@Test
	void anUnsupplementedBookingIsRemindedTwiceThenLapses() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("meeting-booking", booking("ONLINE", inDays(10)));
		this.driver.completeServiceJobs();
		approvePreReview();
		long supplement = this.driver.userTask("Task_Supplement").getElementInstanceKey();
		List<ActivatedJob> sent = new ArrayList<>();

		// The meeting starts in 9 days 23 hours or so: due in 6 days 23 hours, reminders
		// 2
		// days and 12 hours before.
		advance(Duration.ofDays(5));
		List<ActivatedJob> first = this.driver.completeServiceJobs();
		sent.addAll(first);
		assertThat(elementIds(first)).containsExactly("Task_SmsFirstReminder", "Task_EmailFirstReminder");
		assertThat(render(first.get(0), "template")).contains("提醒", "补充信息");

		advance(Duration.ofDays(1).plusHours(12));
		List<ActivatedJob> last = this.driver.completeServiceJobs();
		sent.addAll(last);
		assertThat(elementIds(last)).containsExactly("Task_SmsLastReminder", "Task_EmailLastReminder");
		assertThat(this.driver.userTask("Task_Supplement").getElementInstanceKey()).as("the same task stays open")
			.isEqualTo(supplement);
		BpmnAssert.assertThat(instance).isActive().isWaitingAtElements("Task_Supplement");

		advance(Duration.ofHours(12));
		List<ActivatedJob> lapsed = this.driver.completeServiceJobs();
		sent.addAll(lapsed);

		assertThat(elementIds(lapsed)).containsExactly("Task_MarkLapsed", "Task_SmsLapsed", "Task_EmailLapsed");
		assertThat(statuses(lapsed)).containsExactly("SUPPLEMENT_LAPSED");
		assertThat(elementIds(sent)).as("each reminder once")
			.containsExactly("Task_SmsFirstReminder", "Task_EmailFirstReminder", "Task_SmsLastReminder",
					"Task_EmailLastReminder", "Task_MarkLapsed", "Task_SmsLapsed", "Task_EmailLapsed");
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance)
			.hasPassedElement("End_Lapsed")
			.hasPassedElement("End_FirstReminderSent")
			.hasPassedElement("End_LastReminderSent")
			.hasNotPassedElement("Task_MarkSupplemented")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void aReminderWhoseTimeHadPassedWhenTheStepWasReachedIsSkipped() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("meeting-booking", booking("ONLINE", inDays(2)));
		this.driver.completeServiceJobs();
		approvePreReview();
		this.driver.userTask("Task_Supplement");

		advance(Duration.ofHours(1));
		assertThat(this.driver.completeServiceJobs()).as("the first reminder was due a day before pre-approval")
			.isEmpty();
		advance(Duration.ofHours(12));
		List<ActivatedJob> last = this.driver.completeServiceJobs();

		assertThat(elementIds(last)).containsExactly("Task_SmsLastReminder", "Task_EmailLastReminder");
		BpmnAssert.assertThat(instance)
			.hasPassedElement("End_FirstReminderSkipped")
			.hasNotPassedElement("Task_SmsFirstReminder")
			.hasPassedElement("End_LastReminderSent")
			.isWaitingAtElements("Task_Supplement");
	}

	private List<ActivatedJob> passBothReviews() throws Exception {
		List<ActivatedJob> jobs = new ArrayList<>(preApproveAndSupplement());
		this.driver.complete(this.driver.userTask("Task_ReReview"), Map.of("decision", "approve"));
		List<ActivatedJob> approved = this.driver.completeServiceJobs();
		assertThat(elementIds(approved)).containsExactly("Task_MarkReApproved", "Task_SmsReApproved",
				"Task_EmailReApproved");
		assertThat(render(approved.get(1), "template")).contains("复审通过。组委会正在为您安排会议室");
		jobs.addAll(approved);
		return jobs;
	}

	private List<ActivatedJob> preApproveAndSupplement() throws Exception {
		List<ActivatedJob> jobs = new ArrayList<>(approvePreReview());
		this.driver.complete(this.driver.userTask("Task_Supplement"),
				Map.of("decision", "supplemented", "recorded", true));
		List<ActivatedJob> supplemented = this.driver.completeServiceJobs();
		assertThat(elementIds(supplemented)).containsExactly("Task_MarkSupplemented", "Task_SmsSupplemented",
				"Task_EmailSupplemented");
		jobs.addAll(supplemented);
		return jobs;
	}

	private List<ActivatedJob> approvePreReview() throws Exception {
		this.driver.complete(this.driver.userTask("Task_PreReview"), Map.of("decision", "approve"));
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();
		assertThat(elementIds(jobs)).containsExactly("Task_MarkPreApproved", "Task_SmsPreApproved",
				"Task_EmailPreApproved");
		return jobs;
	}

	private void withdraw(String reason) throws Exception {
		this.client.newPublishMessageCommand()
			.messageName("meeting-withdrawn")
			.correlationKey(CASE_ID)
			.timeToLive(Duration.ofHours(1))
			.variables(Map.of("withdrawReason", reason))
			.send()
			.join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
	}

	private static void assertWithdrawn(List<ActivatedJob> jobs, String reason) {
		assertThat(elementIds(jobs)).containsExactly("Task_MarkWithdrawn", "Task_SmsWithdrawn", "Task_EmailWithdrawn");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "WITHDRAWN")
			.containsEntry("event", "WITHDRAWN")
			.containsEntry("commentFrom", "withdrawReason");
		assertThat(jobs.get(0).getVariablesAsMap()).containsEntry("withdrawReason", reason);
		assertThat(render(jobs.get(1), "template")).contains(reason);
	}

	private static void assertUserTask(ActivatedJob task, String group, String formKey, String decisions,
			String commentRequiredFor) throws Exception {
		assertThat(candidateGroups(task)).containsExactly(group);
		assertThat(task.getCustomHeaders()).containsEntry("decisions", decisions)
			.containsEntry("io.camunda.zeebe:formKey", formKey)
			.containsKey("title_zh")
			.containsKey("title_en");
		if (commentRequiredFor != null) {
			assertThat(task.getCustomHeaders()).containsEntry("commentRequiredFor", commentRequiredFor);
		}
	}

	private List<ActivatedJob> activateAll(String type) {
		return this.driver.activate(type);
	}

	private void advance(Duration duration) throws Exception {
		this.engine.increaseTime(duration);
		this.advanced = this.advanced.plus(duration);
		this.engine.waitForIdleState(IDLE_TIMEOUT);
	}

	private Instant engineNow() {
		return Instant.now().plus(this.advanced).truncatedTo(ChronoUnit.MILLIS);
	}

	/** A whole hour some days ahead, as the portal's booking form gives. */
	private Instant inDays(int days) {
		return engineNow().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
	}

	private static Map<String, Object> booking(String format, Instant start) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", CASE_ID);
		variables.put("round", 1);
		variables.put("meetingId", 9);
		variables.put("meetingRef", "meeting-9");
		variables.put("unitId", 42);
		variables.put("unitName", "北京数字贸易协会");
		variables.put("unitNameEn", "Beijing Digital Trade Association");
		variables.put("language", "zh");
		variables.put("applicantGroup", "unit:42");
		variables.put("meetingReviewGroup", "org:organiser");
		variables.put("roomGroup", "org:organiser");
		variables.put("contactMobile", "13800000000");
		variables.put("contactEmail", "contact@example.org");
		variables.put("meetingName", "数字贸易合作论坛");
		variables.put("meetingFormat", format);
		variables.put("formatZh", "ONLINE".equals(format) ? "线上" : "线下");
		variables.put("formatEn", "ONLINE".equals(format) ? "online" : "offline");
		variables.put("meetingDate", "2027-11-06");
		variables.put("meetingTime", "10:00-12:00");
		variables.put("meetingStart", start.toString());
		variables.put("meetingEnd", start.plus(Duration.ofHours(2)).toString());
		variables.put("plannedAttendance", 80);
		return variables;
	}

	private static Map<String, Object> room(int id, String name) {
		return Map.of("decision", "allocate", "roomId", id, "roomName", name, "roomNameEn", "Room " + name, "roomVenue",
				"国际会议中心", "roomVenueEn", "International Convention Centre");
	}

	private static List<String> statuses(List<ActivatedJob> jobs) {
		return jobs.stream()
			.filter((job) -> job.getType().equals("update-case-status"))
			.map((job) -> job.getCustomHeaders().get("status"))
			.toList();
	}

	private static List<String> events(List<ActivatedJob> jobs) {
		return jobs.stream()
			.filter((job) -> job.getType().equals("update-case-status"))
			.map((job) -> job.getCustomHeaders().get("event"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	static Instant dueAt(ActivatedJob job, String variable) {
		Map<String, Object> due = (Map<String, Object>) job.getVariablesAsMap().get(variable);
		assertThat(due).as("%s of %s", variable, job.getElementId()).containsKeys("round", "at");
		return OffsetDateTime.parse(due.get("at").toString()).toInstant();
	}

	private static Instant dueDate(ActivatedJob task) {
		return OffsetDateTime.parse(task.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant();
	}

	/**
	 * Fills placeholders as the workers do, a path into a map included (formats ignored).
	 */
	@SuppressWarnings("unchecked")
	static String render(ActivatedJob job, String header) {
		String text = job.getCustomHeaders().get(header);
		assertThat(text).as("%s of %s", header, job.getElementId()).isNotBlank();
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder rendered = new StringBuilder();
		while (matcher.find()) {
			Object value = job.getVariablesAsMap();
			for (String part : matcher.group(1).split("\\.")) {
				value = (value instanceof Map<?, ?> map) ? map.get(part) : null;
			}
			matcher.appendReplacement(rendered,
					Matcher.quoteReplacement((value != null) ? value.toString() : matcher.group()));
		}
		matcher.appendTail(rendered);
		return rendered.toString();
	}

	private static void assertNotificationTexts(ActivatedJob job) {
		List<String> texts = job.getType().equals("send-email")
				? List.of("subject", "template", "subject_en", "template_en") : List.of("template", "template_en");
		for (String header : texts) {
			assertThat(render(job, header)).as("%s of %s", header, job.getElementId()).doesNotContain("${");
		}
		assertThat(job.getVariablesAsMap()).containsKeys("caseId", "round",
				job.getType().equals("send-sms") ? "contactMobile" : "contactEmail");
	}

}
