package org.fairflow.portal.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.payment.PaymentTestData;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Meetings for the supplement and review-view tests, written through the repository (the
 * booking form is built apart), each with a unit account of its own, an organiser's
 * meeting reviewer, and a real case of a test process with the three human steps of
 * {@code meeting-booking} ({@code meetings/meeting-steps.bpmn}: the contract's form keys,
 * groups and decisions).
 */
final class MeetingFixtures {

	/** 2027-11-06 10:00-12:00 in the fair's zone (Asia/Shanghai). */
	static final Instant STARTS_AT = Instant.parse("2027-11-06T02:00:00Z");

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

	/**
	 * The test process, published once per application context (the engine of a new
	 * context starts on an emptied schema).
	 */
	private static String processId;

	private static ModelDeployment publishedTo;

	private final MeetingRepository meetings;

	private final Cases cases;

	private final HumanTasks tasks;

	private final Accounts accounts;

	private final Fixtures fixtures;

	private final ModelDeployment models;

	private final JdbcTemplate jdbc;

	MeetingFixtures(MeetingRepository meetings, Cases cases, HumanTasks tasks, Accounts accounts, Fixtures fixtures,
			ModelDeployment models, JdbcTemplate jdbc) {
		this.meetings = meetings;
		this.cases = cases;
		this.tasks = tasks;
		this.accounts = accounts;
		this.fixtures = fixtures;
		this.models = models;
		this.jdbc = jdbc;
	}

	/**
	 * A booking: the unit's liaison, another unit's liaison, the organiser's meeting
	 * reviewer, the meeting and its case.
	 */
	record Booking(Long meetingId, String caseId, Long unitId, PortalUser unit, PortalUser otherUnit,
			PortalUser reviewer) {
	}

	/** A booked meeting waiting for its pre-review (one speaker, no plan). */
	Booking booked() {
		PaymentTestData.PayingUnit booking = PaymentTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		PaymentTestData.PayingUnit other = PaymentTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		Fixtures.Tree tree = booking.tree();
		int n = SEQUENCE.incrementAndGet();
		long unitId = booking.unitId();
		PortalUser reviewer = this.fixtures.organiserReviewer(tree);
		Meeting meeting = new Meeting(unitId, MeetingFormat.ONLINE, booking.liaison().getUsername());
		meeting.setName("一带一路服务贸易合作论坛" + n);
		meeting.setTheme("数字贸易");
		meeting.setField("TRADE");
		meeting.setSummary("论坛简介");
		meeting.setHost("主办单位" + n);
		meeting.setCoHost("承办单位" + n);
		meeting.setPlannedAttendance(80);
		meeting.setStartsAt(STARTS_AT);
		meeting.setEndsAt(STARTS_AT.plusSeconds(7200));
		meeting.setContactName("王会务");
		meeting.setContactMobile("13812345678");
		meeting.setContactEmail("meeting@example.com");
		meeting = this.meetings.saveAndFlush(meeting);
		this.jdbc.update("insert into meeting_speaker (meeting_id, position, kind, name, affiliation)"
				+ " values (?, 0, 'FOREIGN', 'Jane Doe', 'WTO, economist')", meeting.getId());
		Map<String, Object> variables = new HashMap<>();
		variables.put("meetingId", meeting.getId());
		variables.put("meetingRef", meeting.reference());
		variables.put("unitId", unitId);
		variables.put("applicantGroup", "unit:" + unitId);
		variables.put("meetingReviewGroup", tree.organiser().reviewGroup());
		variables.put("roomGroup", tree.organiser().reviewGroup());
		variables.put("meetingName", meeting.getName());
		String caseId = this.cases
			.open(new NewCase(process(), meeting.getId().toString(), meeting.getName(), null, "unit:" + unitId,
					tree.organiser().getId(), MeetingStatus.AWAITING_PRE_REVIEW.name(), booking.liaison().getUsername(),
					variables))
			.getId();
		meeting.opened(caseId);
		this.meetings.saveAndFlush(meeting);
		return new Booking(meeting.getId(), caseId, unitId, booking.liaison(), other.liaison(), reviewer);
	}

	/**
	 * A booked meeting the pre-review approved, waiting for its supplement (the status
	 * set as the case's status sync would).
	 */
	Booking awaitingSupplement() {
		Booking booking = booked();
		HumanTask review = this.fixtures.awaitOpenTask(booking.caseId(), "Task_PreReview");
		this.tasks.decide(review.getId(), booking.reviewer(), "approve", null, Map.of());
		status(booking, MeetingStatus.AWAITING_SUPPLEMENT);
		this.fixtures.awaitOpenTask(booking.caseId(), "Task_Supplement");
		return booking;
	}

	void status(Booking booking, MeetingStatus status) {
		this.jdbc.update("update meeting set status = ? where id = ?", status.name(), booking.meetingId());
	}

	Meeting meeting(Booking booking) {
		return this.meetings.findById(booking.meetingId()).orElseThrow();
	}

	int files(Booking booking) {
		return this.jdbc.queryForObject("select count(*) from meeting_file where meeting_id = ?", Integer.class,
				booking.meetingId());
	}

	private String process() {
		synchronized (MeetingFixtures.class) {
			if (processId == null || publishedTo != this.models) {
				String candidate = "meeting-steps-" + System.nanoTime();
				this.models.publish(candidate + ".bpmn", bpmn(candidate), "owner", "test: meeting steps");
				processId = candidate;
				publishedTo = this.models;
			}
			return processId;
		}
	}

	private static byte[] bpmn(String id) {
		try (InputStream in = MeetingFixtures.class.getResourceAsStream("/meetings/meeting-steps.bpmn")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("PROCESS_ID", id)
				.getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
