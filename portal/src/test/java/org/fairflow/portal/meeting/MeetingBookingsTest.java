package org.fairflow.portal.meeting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import io.camunda.client.CamundaClient;
import org.awaitility.Awaitility;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.CaseStatusChanged;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.EngineReadyEvent;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Booking a meeting: a valid booking opens its case with the contract's variables; each
 * bad input is refused next to its field with nothing stored; a unit's or a host's
 * bookings that hold their time do not overlap, also when two race; a withdrawal reaches
 * the process (again after an engine start) and frees the time.
 */
@PortalTest
class MeetingBookingsTest {

	@Autowired
	MeetingBookings bookings;

	@Autowired
	MeetingWithdrawals withdrawals;

	@Autowired
	PlanFiles plans;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	PlanFileRepository planRows;

	@Autowired
	MeetingSpeakerRepository speakers;

	@Autowired
	Cases cases;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CamundaClient client;

	@Autowired
	MeetingReactions reactions;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	MeetingTestData.Unit unit;

	@BeforeEach
	void unit() {
		MeetingTestData.ensureProcess(this.client);
		this.unit = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void aValidBookingOpensItsCaseWithTheContractsVariablesInOneGo() {
		PlanFile plan = MeetingTestData.plan(this.plans, this.unit);
		MeetingForm form = MeetingTestData.form(plan.getId());

		Meeting meeting = this.bookings.book(this.unit.unitId(), form, "liaison");

		CaseRecord record = this.cases.find(meeting.getCaseId()).orElseThrow();
		assertThat(record.getFlow()).isEqualTo("meeting-booking");
		assertThat(record.getBusinessKey()).isEqualTo(String.valueOf(meeting.getId()));
		assertThat(record.getTitle()).isEqualTo("跨境电商圆桌会");
		assertThat(record.getApplicantGroup()).isEqualTo("unit:" + this.unit.unitId());
		assertThat(record.getScopeOrgId()).isEqualTo(this.unit.tree().organiser().getId());
		String organiserGroup = "org:" + this.unit.tree().organiser().getId();
		Map<String, Object> vars = this.cases.variables(meeting.getCaseId());
		assertThat(vars).contains(entry("caseId", meeting.getCaseId()),
				entry("meetingRef", "meeting-" + meeting.getId()), entry("language", "zh"),
				entry("applicantGroup", "unit:" + this.unit.unitId()), entry("meetingReviewGroup", organiserGroup),
				entry("roomGroup", organiserGroup), entry("contactMobile", "+8613800138000"),
				entry("meetingName", "跨境电商圆桌会"), entry("meetingFormat", "OFFLINE"), entry("formatZh", "线下"),
				entry("formatEn", "offline"), entry("meetingDate", "2027-11-06"), entry("meetingTime", "10:00-12:00"),
				entry("meetingStart", "2027-11-06T02:00:00Z"), entry("meetingEnd", "2027-11-06T04:00:00Z"));
		assertThat(((Number) vars.get("meetingId")).longValue()).isEqualTo(meeting.getId());
		assertThat(((Number) vars.get("unitId")).longValue()).isEqualTo(this.unit.unitId());
		assertThat(((Number) vars.get("plannedAttendance")).intValue()).isEqualTo(80);
		assertThat(((Number) vars.get("round")).intValue()).isEqualTo(1);
		assertThat(vars).containsKeys("unitName", "unitNameEn", "contactEmail");
		assertThat(this.speakers.findByMeetingIdOrderByKindAscPositionAsc(meeting.getId()))
			.extracting(MeetingSpeaker::getKind, MeetingSpeaker::getName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(MeetingSpeaker.Kind.DOMESTIC, "王教授"),
					org.assertj.core.groups.Tuple.tuple(MeetingSpeaker.Kind.FOREIGN, "Anna Berg"),
					org.assertj.core.groups.Tuple.tuple(MeetingSpeaker.Kind.GUEST, "李司长"));
		assertThat(this.planRows.findById(plan.getId()).orElseThrow().getMeetingId()).isEqualTo(meeting.getId());
		this.fixtures.awaitOpenTask(meeting.getCaseId(), "Task_PreReview");
		assertThat(this.meetings.findById(meeting.getId()).orElseThrow().getStatus())
			.isEqualTo(MeetingStatus.AWAITING_PRE_REVIEW);
	}

	@Test
	void eachBadInputIsRefusedNextToItsFieldAndNothingIsStored() {
		PlanFile plan = MeetingTestData.plan(this.plans, this.unit);
		Map<String, Consumer<MeetingForm>> mutations = new java.util.LinkedHashMap<>();
		mutations.put("plannedAttendance:meeting.plannedAttendance.online", (f) -> {
			f.setFormat(MeetingFormat.ONLINE);
			f.setPlannedAttendance(101);
		});
		mutations.put("date:meeting.date.notFairDay", (f) -> f.setDate("2027-12-24"));
		mutations.put("date:meeting.date.notFairDay ", (f) -> f.setDate("not a day"));
		mutations.put("startTime:meeting.time.window", (f) -> f.setStartTime("07:30"));
		mutations.put("endTime:meeting.time.window", (f) -> f.setEndTime("22:30"));
		mutations.put("endTime:meeting.time.endBeforeStart", (f) -> f.setEndTime("09:00"));
		mutations.put("endTime:meeting.time.tooShort", (f) -> f.setEndTime("10:20"));
		mutations.put("startTime:meeting.time.invalid", (f) -> f.setStartTime("ten"));
		mutations.put("field:meeting.field.invalid", (f) -> f.setField("WEAPONS"));
		mutations.put("guests:meeting.guests.required", (f) -> f.setGuests(new ArrayList<>()));
		mutations.put("domestic:meeting.speaker.incomplete",
				(f) -> f.getDomestic().add(new MeetingForm.Speaker("只有姓名", " ")));
		mutations.put("foreign:meeting.speaker.tooMany", (f) -> {
			List<MeetingForm.Speaker> many = new ArrayList<>();
			for (int i = 0; i < 21; i++) {
				many.add(new MeetingForm.Speaker("Speaker " + i, "Company " + i));
			}
			f.setForeign(many);
		});
		mutations.put("contactMobile:meeting.contactMobile.required", (f) -> f.setContactMobile(" "));
		mutations.put("contactMobile:meeting.contactMobile.pattern", (f) -> f.setContactMobile("12345"));
		mutations.put("contactEmail:meeting.contactEmail.required", (f) -> f.setContactAbroad(true));
		mutations.put("planFileId:meeting.plan.required", (f) -> f.setPlanFileId(null));
		mutations.put("planFileId:meeting.plan.notYours", (f) -> f.setPlanFileId(-1L));

		for (var mutation : mutations.entrySet()) {
			MeetingForm form = MeetingTestData.form(plan.getId());
			mutation.getValue().accept(form);
			String[] expected = mutation.getKey().strip().split(":");

			assertThatThrownBy(() -> this.bookings.book(this.unit.unitId(), form, "liaison")).as(mutation.getKey())
				.isInstanceOfSatisfying(BookingRefusedException.class,
						(ex) -> assertThat(ex.problems()).as(mutation.getKey())
							.anySatisfy((p) -> assertThat(p.field() + ":" + p.messageKey())
								.isEqualTo(expected[0] + ":" + expected[1])));
		}
		assertThat(bookingsOfUnit()).isZero();
		assertThat(this.planRows.findById(plan.getId()).orElseThrow().getMeetingId()).isNull();
	}

	@Test
	void anotherUnitsPlanIsRefused() {
		MeetingTestData.Unit other = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		PlanFile theirs = MeetingTestData.plan(this.plans, other);

		assertThatThrownBy(
				() -> this.bookings.book(this.unit.unitId(), MeetingTestData.form(theirs.getId()), "liaison"))
			.isInstanceOfSatisfying(BookingRefusedException.class,
					(ex) -> assertThat(ex.problems()).extracting(BookingRefusedException.Problem::messageKey)
						.containsExactly("meeting.plan.notYours"));
		assertThat(bookingsOfUnit()).isZero();
	}

	@Test
	void aUnitsBookingsDoNotOverlapAndTheMessageNamesTheOther() {
		Meeting first = this.bookings.book(this.unit.unitId(),
				MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId()), "liaison");
		MeetingForm second = MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId());
		second.setName("另一场会");
		second.setStartTime("11:30");
		second.setEndTime("13:00");

		assertThatThrownBy(() -> this.bookings.book(this.unit.unitId(), second, "liaison"))
			.isInstanceOfSatisfying(BookingRefusedException.class, (ex) -> {
				BookingRefusedException.Problem problem = ex.problems().get(0);
				assertThat(problem.field()).isEqualTo("startTime");
				assertThat(problem.messageKey()).isEqualTo("meeting.overlap.unit");
				assertThat(problem.arguments()).containsSequence(first.getName(), "2027-11-06", "10:00-12:00");
			});

		second.setStartTime("12:00");
		second.setEndTime("13:00");
		assertThat(this.bookings.book(this.unit.unitId(), second, "liaison").getId())
			.as("right after the other is no overlap")
			.isNotNull();
	}

	@Test
	void anotherUnitsBookingOfTheSameHostIsRefusedWhateverTheCaseAndSpaces() {
		MeetingForm first = MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId());
		first.setHost("Global Trade Forum " + System.nanoTime());
		this.bookings.book(this.unit.unitId(), first, "liaison");
		MeetingTestData.Unit other = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		MeetingForm second = MeetingTestData.form(MeetingTestData.plan(this.plans, other).getId());
		second.setHost("  " + first.getHost().toUpperCase(java.util.Locale.ROOT) + " ");
		second.setStartTime("09:00");
		second.setEndTime("10:30");

		assertThatThrownBy(() -> this.bookings.book(other.unitId(), second, "liaison2")).isInstanceOfSatisfying(
				BookingRefusedException.class,
				(ex) -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("meeting.overlap.host"));
		assertThat(this.jdbc.queryForObject("select count(*) from meeting where unit_id = ?", Integer.class,
				other.unitId()))
			.isZero();
	}

	@Test
	void aWithdrawalReachesTheProcessAndFreesTheTime() {
		Meeting first = this.bookings.book(this.unit.unitId(),
				MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId()), "liaison");
		this.fixtures.awaitOpenTask(first.getCaseId(), "Task_PreReview");

		assertThat(this.withdrawals.withdraw(this.unit.unitId(), first.getId(), "  日程调整 ", "liaison")).isTrue();

		this.fixtures.awaitStatus(first.getCaseId(), "WITHDRAWN");
		Meeting withdrawn = awaitMeetingStatus(first.getId(), MeetingStatus.WITHDRAWN);
		assertThat(withdrawn.getWithdrawReason()).isEqualTo("日程调整");
		assertThat(withdrawn.getWithdrawnAt()).isNotNull();
		assertThat(this.cases.history(first.getCaseId())).extracting((e) -> e.getEvent())
			.contains("WITHDRAW_REQUESTED", "WITHDRAWN");
		Meeting again = this.bookings.book(this.unit.unitId(),
				MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId()), "liaison");
		assertThat(again.getStartsAt()).isEqualTo(first.getStartsAt());
	}

	@Test
	void aWithdrawalNeedsAReasonAndAWithdrawableBooking() {
		Meeting meeting = this.bookings.book(this.unit.unitId(),
				MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId()), "liaison");

		assertThatThrownBy(() -> this.withdrawals.withdraw(this.unit.unitId(), meeting.getId(), " ", "liaison"))
			.isInstanceOfSatisfying(BookingRefusedException.class,
					(ex) -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("meeting.withdraw.reasonRequired"));
		assertThatThrownBy(
				() -> this.withdrawals.withdraw(this.unit.unitId(), meeting.getId(), "x".repeat(501), "liaison"))
			.isInstanceOfSatisfying(BookingRefusedException.class,
					(ex) -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("meeting.withdraw.reasonSize"));
		MeetingTestData.Unit other = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		assertThatThrownBy(() -> this.withdrawals.withdraw(other.unitId(), meeting.getId(), "不是我的", "other"))
			.isInstanceOf(MeetingNotFoundException.class);
		this.jdbc.update("update meeting set status = 'AWAITING_SUPPLEMENT' where id = ?", meeting.getId());
		assertThatThrownBy(() -> this.withdrawals.withdraw(this.unit.unitId(), meeting.getId(), "太晚了", "liaison"))
			.isInstanceOfSatisfying(BookingRefusedException.class, (ex) -> assertThat(ex.problems().get(0).messageKey())
				.isEqualTo("meeting.withdraw.notWithdrawable"));
		assertThat(this.meetings.findById(meeting.getId()).orElseThrow().getWithdrawnAt()).isNull();
	}

	@Test
	void aStoredWithdrawalTheEngineNeverSawIsPublishedAgainWhenTheEngineIsReady() {
		Meeting meeting = this.bookings.book(this.unit.unitId(),
				MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId()), "liaison");
		this.fixtures.awaitOpenTask(meeting.getCaseId(), "Task_PreReview");
		// Stored, but the engine went down before it heard of it.
		this.jdbc.update("update meeting set withdraw_reason = '展期冲突', withdrawn_at = current_timestamp where id = ?",
				meeting.getId());

		this.withdrawals.engineReady(new EngineReadyEvent("test"));

		this.fixtures.awaitStatus(meeting.getCaseId(), "WITHDRAWN");
		assertThat(awaitMeetingStatus(meeting.getId(), MeetingStatus.WITHDRAWN).getWithdrawReason()).isEqualTo("展期冲突");
		assertThat(this.cases.history(meeting.getCaseId())).anySatisfy((e) -> {
			assertThat(e.getEvent()).isEqualTo("WITHDRAWN");
			assertThat(e.getComment()).isEqualTo("展期冲突");
		});
	}

	@Test
	void aWithdrawalOvertakenByTheReviewLapsesAndIsNotPublishedAgain() {
		Meeting meeting = this.bookings.book(this.unit.unitId(),
				MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId()), "liaison");
		this.fixtures.awaitOpenTask(meeting.getCaseId(), "Task_PreReview");
		this.jdbc.update("update meeting set withdraw_reason = '太晚', withdrawn_at = current_timestamp where id = ?",
				meeting.getId());

		this.transactions
			.executeWithoutResult((tx) -> this.reactions.statusChanged(new CaseStatusChanged(meeting.getCaseId(),
					"meeting-booking", String.valueOf(meeting.getId()), "AWAITING_SUPPLEMENT")));

		Meeting moved = this.meetings.findById(meeting.getId()).orElseThrow();
		assertThat(moved.getStatus()).isEqualTo(MeetingStatus.AWAITING_SUPPLEMENT);
		assertThat(moved.getWithdrawnAt()).isNull();
		assertThat(moved.getWithdrawReason()).isNull();
	}

	@Test
	void twoRacingBookingsOfTheSameTimeGiveOneBooking() throws Exception {
		MeetingForm a = MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId());
		MeetingForm b = MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId());
		b.setHost(a.getHost() + "-b");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (MeetingForm form : List.of(a, b)) {
				Callable<Boolean> attempt = () -> {
					start.await();
					try {
						this.bookings.book(this.unit.unitId(), form, "liaison");
						return true;
					}
					catch (BookingRefusedException ex) {
						assertThat(ex.problems().get(0).messageKey()).isEqualTo("meeting.overlap.unit");
						return false;
					}
				};
				results.add(pool.submit(attempt));
			}
			start.countDown();
			int booked = 0;
			for (Future<Boolean> result : results) {
				booked += result.get() ? 1 : 0;
			}
			assertThat(booked).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(bookingsOfUnit()).isEqualTo(1);
	}

	private int bookingsOfUnit() {
		return this.jdbc.queryForObject("select count(*) from meeting where unit_id = ?", Integer.class,
				this.unit.unitId());
	}

	private Meeting awaitMeetingStatus(Long id, MeetingStatus status) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.meetings.findById(id).orElseThrow(), (m) -> m.getStatus() == status);
	}

}
