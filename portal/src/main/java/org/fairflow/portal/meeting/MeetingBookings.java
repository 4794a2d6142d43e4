package org.fairflow.portal.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.unit.MobileNumbers;
import org.fairflow.portal.unit.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A unit books a side meeting: every check of the form that depends on more than one
 * field or on stored data, then the booking, its speakers, the claim of its plan and its
 * case ({@code meeting-booking}) in one transaction, so a refusal or an engine that does
 * not answer stores nothing. Bookings are serialised on one lock row
 * ({@code meeting_booking_lock}), so of two that race for the same time of a unit or a
 * host the second sees the first and is refused.
 */
@Service
class MeetingBookings {

	static final String FLOW = Meetings.FLOW;

	/** The fields a meeting may belong to (message keys {@code meeting.field.<code>}). */
	static final List<String> FIELDS = List.of("TRADE", "DIGITAL", "FINANCE", "CULTURE_TOURISM", "HEALTH", "EDUCATION",
			"TECHNOLOGY", "OTHER");

	static final int ONLINE_CAPACITY = 100;

	static final int OFFLINE_CAPACITY = 1000;

	static final Duration SHORTEST = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(MeetingBookings.class);

	private final MeetingRepository meetings;

	private final MeetingSpeakerRepository speakers;

	private final PlanFileRepository plans;

	private final Cases cases;

	private final UnitDirectory units;

	private final Organisations organisations;

	private final FairCalendar calendar;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	MeetingBookings(MeetingRepository meetings, MeetingSpeakerRepository speakers, PlanFileRepository plans,
			Cases cases, UnitDirectory units, Organisations organisations, FairCalendar calendar, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager) {
		this.meetings = meetings;
		this.speakers = speakers;
		this.plans = plans;
		this.cases = cases;
		this.units = units;
		this.organisations = organisations;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Books the meeting and opens its case.
	 * @throws BookingRefusedException with every problem found; nothing is stored
	 */
	Meeting book(Long unitId, MeetingForm form, String actor) {
		Checked checked = check(form);
		return this.transactions.execute((tx) -> store(unitId, form, checked, actor));
	}

	/** What the form means once every field checked out. */
	private record Checked(Instant start, Instant end, List<MeetingForm.Speaker> domestic,
			List<MeetingForm.Speaker> foreign, List<MeetingForm.Speaker> guests, String mobile, String email) {
	}

	/** Everything that can be checked without stored data; all problems at once. */
	Checked check(MeetingForm form) {
		List<BookingRefusedException.Problem> problems = new ArrayList<>();
		if (form.getFormat() == null) {
			problems.add(problem("format", "meeting.format.required"));
		}
		if (isBlank(form.getName()) || isBlank(form.getTheme()) || isBlank(form.getSummary()) || isBlank(form.getHost())
				|| isBlank(form.getContactName())) {
			// Bean Validation names each; a caller that skipped it still stores nothing.
			problems.add(problem(null, "meeting.incomplete"));
		}
		if (form.getField() != null && !form.getField().isBlank() && !FIELDS.contains(form.getField())) {
			problems.add(problem("field", "meeting.field.invalid"));
		}
		Integer attendance = form.getPlannedAttendance();
		if (attendance != null) {
			int max = (form.getFormat() == MeetingFormat.ONLINE) ? ONLINE_CAPACITY : OFFLINE_CAPACITY;
			if (attendance < 1 || attendance > max) {
				problems.add(problem("plannedAttendance", (form.getFormat() == MeetingFormat.ONLINE)
						? "meeting.plannedAttendance.online" : "meeting.plannedAttendance.range", max));
			}
		}
		else {
			problems.add(problem("plannedAttendance", "meeting.plannedAttendance.required"));
		}
		Instant start = null;
		Instant end = null;
		LocalDate day = parseDate(form.getDate(), problems);
		LocalTime from = parseTime("startTime", form.getStartTime(), problems);
		LocalTime to = parseTime("endTime", form.getEndTime(), problems);
		if (from != null && (from.isBefore(FairCalendar.EARLIEST) || from.isAfter(FairCalendar.LATEST))) {
			problems.add(problem("startTime", "meeting.time.window", FairCalendar.EARLIEST, FairCalendar.LATEST));
			from = null;
		}
		if (to != null && (to.isBefore(FairCalendar.EARLIEST) || to.isAfter(FairCalendar.LATEST))) {
			problems.add(problem("endTime", "meeting.time.window", FairCalendar.EARLIEST, FairCalendar.LATEST));
			to = null;
		}
		if (from != null && to != null) {
			if (!to.isAfter(from)) {
				problems.add(problem("endTime", "meeting.time.endBeforeStart"));
			}
			else if (Duration.between(from, to).compareTo(SHORTEST) < 0) {
				problems.add(problem("endTime", "meeting.time.tooShort", SHORTEST.toMinutes()));
			}
			else if (day != null) {
				start = this.calendar.at(day, from);
				end = this.calendar.at(day, to);
			}
		}
		List<MeetingForm.Speaker> domestic = rows("domestic", form.getDomestic(), problems);
		List<MeetingForm.Speaker> foreign = rows("foreign", form.getForeign(), problems);
		List<MeetingForm.Speaker> guests = rows("guests", form.getGuests(), problems);
		if (guests.isEmpty()) {
			problems.add(problem("guests", "meeting.guests.required"));
		}
		String mobile = clean(form.getContactMobile());
		String email = clean(form.getContactEmail());
		if (form.isContactAbroad() && email == null) {
			problems.add(problem("contactEmail", "meeting.contactEmail.required"));
		}
		if (!form.isContactAbroad() && mobile == null) {
			problems.add(problem("contactMobile", "meeting.contactMobile.required"));
		}
		if (mobile != null && !mobile.matches("^(\\+86)?1[3-9]\\d{9}$")) {
			problems.add(problem("contactMobile", "meeting.contactMobile.pattern"));
		}
		if (email != null && (email.length() > 200 || !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"))) {
			problems.add(problem("contactEmail", "meeting.contactEmail.pattern"));
		}
		if (form.getPlanFileId() == null) {
			problems.add(problem("planFileId", "meeting.plan.required"));
		}
		if (!problems.isEmpty()) {
			throw new BookingRefusedException(problems);
		}
		return new Checked(start, end, domestic, foreign, guests, mobile, email);
	}

	private Meeting store(Long unitId, MeetingForm form, Checked checked, String actor) {
		// Serialise bookings: the overlap checks below must see every booking that
		// committed before this one, and none may commit between check and store.
		this.jdbc.queryForObject("select id from meeting_booking_lock where id = 1 for update", Integer.class);
		UnitDirectory.RegisteredUnit unit = this.units.findById(unitId)
			.orElseThrow(() -> new BookingRefusedException(null, "meeting.unit.unknown"));
		PlanFile plan = this.plans.lockById(form.getPlanFileId())
			.filter((p) -> p.claimableBy(unitId))
			.orElseThrow(() -> new BookingRefusedException("planFileId", "meeting.plan.notYours"));
		String host = form.getHost().strip();
		checkOverlap(unitId, host, checked.start(), checked.end());

		Meeting meeting = new Meeting(unitId, form.getFormat(), actor);
		meeting.setName(form.getName().strip());
		meeting.setTheme(form.getTheme().strip());
		meeting.setField(form.getField());
		meeting.setSummary(form.getSummary().strip());
		meeting.setHost(host);
		meeting.setCoHost(clean(form.getCoHost()));
		meeting.setPlannedAttendance(form.getPlannedAttendance());
		meeting.setStartsAt(checked.start());
		meeting.setEndsAt(checked.end());
		meeting.setContactName(form.getContactName().strip());
		meeting.setContactMobile(checked.mobile());
		meeting.setContactEmail(checked.email());
		meeting.setPlanFileId(plan.getId());
		meeting = this.meetings.saveAndFlush(meeting);
		int position = 0;
		for (var rows : List.of(Map.entry(MeetingSpeaker.Kind.DOMESTIC, checked.domestic()),
				Map.entry(MeetingSpeaker.Kind.FOREIGN, checked.foreign()),
				Map.entry(MeetingSpeaker.Kind.GUEST, checked.guests()))) {
			for (MeetingForm.Speaker s : rows.getValue()) {
				this.speakers.save(new MeetingSpeaker(meeting.getId(), position++, rows.getKey(), s.getName().strip(),
						s.getAffiliation().strip()));
			}
		}
		plan.claim(meeting.getId());

		Long organiser = organiserOf(unit.organisationId());
		UnitDirectory.UnitContact unitContact = this.units.contact(unitId).orElse(null);
		String language = (unitContact != null && "en".equals(unitContact.language())) ? "en" : "zh";
		Map<String, Object> vars = new HashMap<>();
		vars.put("meetingId", meeting.getId());
		vars.put("meetingRef", meeting.reference());
		vars.put("unitId", unitId);
		vars.put("unitName", unit.nameZh());
		vars.put("unitNameEn", isBlank(unit.nameEn()) ? unit.nameZh() : unit.nameEn());
		vars.put("language", language);
		vars.put("applicantGroup", "unit:" + unitId);
		vars.put("meetingReviewGroup", "org:" + organiser);
		vars.put("roomGroup", "org:" + organiser);
		vars.put("contactMobile", MobileNumbers.e164(checked.mobile()));
		vars.put("contactEmail", checked.email());
		vars.put("meetingName", meeting.getName());
		vars.put("meetingFormat", meeting.getFormat().name());
		vars.put("formatZh", (meeting.getFormat() == MeetingFormat.ONLINE) ? "线上" : "线下");
		vars.put("formatEn", (meeting.getFormat() == MeetingFormat.ONLINE) ? "online" : "offline");
		vars.put("meetingDate", this.calendar.date(checked.start()).toString());
		vars.put("meetingTime", this.calendar.time(checked.start(), checked.end()));
		vars.put("meetingStart", checked.start().toString());
		vars.put("meetingEnd", checked.end().toString());
		vars.put("plannedAttendance", meeting.getPlannedAttendance());
		CaseRecord record = this.cases.open(new NewCase(FLOW, String.valueOf(meeting.getId()), meeting.getName(), null,
				"unit:" + unitId, organiser, MeetingStatus.AWAITING_PRE_REVIEW.name(), actor, vars));
		meeting.opened(record.getId());
		log.info("Unit {} booked {} meeting {} for {} (case {})", unitId, meeting.getFormat(), meeting.getId(),
				checked.start(), record.getId());
		return meeting;
	}

	/**
	 * The unit's own bookings and any of the same host that hold their time may not
	 * overlap; the message names the other meeting and its time.
	 */
	private void checkOverlap(Long unitId, String host, Instant start, Instant end) {
		Optional<Meeting> clash = this.meetings.overlappingOfUnit(unitId, start, end, MeetingStatus.HOLDING_TIME)
			.stream()
			.findFirst();
		String key = "meeting.overlap.unit";
		if (clash.isEmpty()) {
			clash = this.meetings
				.overlappingOfHost(host.toLowerCase(Locale.ROOT), start, end, MeetingStatus.HOLDING_TIME)
				.stream()
				.findFirst();
			key = "meeting.overlap.host";
		}
		if (clash.isPresent()) {
			Meeting other = clash.get();
			throw new BookingRefusedException("startTime", key, other.getName(),
					this.calendar.date(other.getStartsAt()).toString(),
					this.calendar.time(other.getStartsAt(), other.getEndsAt()), other.getHost());
		}
	}

	/** The organiser at the top of the unit's tree: its reviewers review meetings. */
	private Long organiserOf(Long organisationId) {
		return this.organisations.root(organisationId)
			.filter((org) -> org.getKind() == OrganisationKind.ORGANISER)
			.map(Organisation::getId)
			.orElseThrow(() -> new IllegalStateException("No organiser above organisation " + organisationId));
	}

	private LocalDate parseDate(String value, List<BookingRefusedException.Problem> problems) {
		if (isBlank(value)) {
			problems.add(problem("date", "meeting.date.required"));
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (this.calendar.isFairDay(day)) {
				return day;
			}
		}
		catch (DateTimeParseException ex) {
			// told below
		}
		List<LocalDate> days = this.calendar.days();
		problems.add(problem("date", "meeting.date.notFairDay", days.get(0).toString(),
				days.get(days.size() - 1).toString()));
		return null;
	}

	private static LocalTime parseTime(String field, String value, List<BookingRefusedException.Problem> problems) {
		if (isBlank(value)) {
			problems.add(problem(field, "meeting." + field + ".required"));
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(problem(field, "meeting.time.invalid"));
			return null;
		}
	}

	/** The filled rows of one list; a row needs both its name and its affiliation. */
	private static List<MeetingForm.Speaker> rows(String field, List<MeetingForm.Speaker> rows,
			List<BookingRefusedException.Problem> problems) {
		List<MeetingForm.Speaker> filled = new ArrayList<>();
		if (rows == null) {
			return filled;
		}
		for (MeetingForm.Speaker row : rows) {
			if (row == null || row.isBlank()) {
				continue;
			}
			if (isBlank(row.getName()) || isBlank(row.getAffiliation())) {
				problems.add(problem(field, "meeting.speaker.incomplete"));
				return filled;
			}
			if (row.getName().strip().length() > 100 || row.getAffiliation().strip().length() > 200) {
				problems.add(problem(field, "meeting.speaker.size"));
				return filled;
			}
			filled.add(row);
		}
		if (filled.size() > MeetingForm.MAX_ROWS) {
			problems.add(problem(field, "meeting.speaker.tooMany", MeetingForm.MAX_ROWS));
		}
		return filled;
	}

	private static BookingRefusedException.Problem problem(String field, String key, Object... args) {
		return new BookingRefusedException.Problem(field, key, args);
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String clean(String value) {
		return isBlank(value) ? null : value.strip();
	}

}
