package org.fairflow.portal.meeting;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.tasks.FlowView;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.web.Formats;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting inside its tasks ({@code meeting-review} at pre-review and re-review,
 * {@code meeting-supplement}): everything booked, the plan, and once supplemented the
 * supplement with both posters. At re-review the page says so and shows what the
 * pre-review decided, from the case's history. Reviewers reach a meeting only through
 * their tasks: the inbox scopes those.
 */
@Component
class MeetingReviewView implements FlowView {

	static final String FLOW = "meeting-booking";

	static final String PRE_REVIEW = "Task_PreReview";

	static final String RE_REVIEW = "Task_ReReview";

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private final MeetingRepository meetings;

	private final Cases cases;

	private final UnitDirectory units;

	private final Formats formats;

	private final JdbcTemplate jdbc;

	MeetingReviewView(MeetingRepository meetings, Cases cases, UnitDirectory units, Formats formats,
			JdbcTemplate jdbc) {
		this.meetings = meetings;
		this.cases = cases;
		this.units = units;
		this.formats = formats;
		this.jdbc = jdbc;
	}

	/** A proposed speaker or guest, as booked. */
	record Speaker(String kind, String name, String affiliation) {
	}

	@Override
	public String flow() {
		return FLOW;
	}

	@Override
	public Set<String> formKeys() {
		return Set.of("meeting-review", MeetingSupplements.FORM_KEY);
	}

	@Override
	public String template() {
		return "meeting/review";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> model(String businessKey, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		Long id = parse(businessKey);
		if (id == null) {
			return model;
		}
		this.meetings.findById(id).ifPresent((meeting) -> {
			model.put("meeting", meeting);
			model.put("meetingUnitName",
					this.units.findById(meeting.getUnitId())
						.map((u) -> u.name(locale))
						.orElse("#" + meeting.getUnitId()));
			ZonedDateTime start = meeting.getStartsAt().atZone(this.formats.zone());
			ZonedDateTime end = meeting.getEndsAt().atZone(this.formats.zone());
			model.put("meetingDate", start.toLocalDate().toString());
			model.put("meetingTime", CLOCK.format(start) + "-" + CLOCK.format(end));
			model.put("meetingSpeakers", speakers(id));
			model.put("meetingIntl", SupplementForm.split(meeting.getIntlAssociations()));
			model.put("meetingDomestic", SupplementForm.split(meeting.getDomesticAssociations()));
			CaseRecord record = (meeting.getCaseId() != null) ? this.cases.find(meeting.getCaseId()).orElse(null)
					: null;
			model.put("meetingReReview", (record != null && RE_REVIEW.equals(record.getCheckpointElement()))
					|| meeting.getStatus() == MeetingStatus.AWAITING_RE_REVIEW);
			model.put("meetingPreReview", (record != null) ? preReview(record.getId()) : null);
		});
		return model;
	}

	/** The pre-review's decision: the last one taken at that step. */
	private CaseEvent preReview(String caseId) {
		return this.cases.history(caseId)
			.stream()
			.filter((e) -> PRE_REVIEW.equals(e.getStep()) && "DECIDED".equals(e.getEvent()))
			.max(Comparator.comparing(CaseEvent::getOccurredAt).thenComparing(CaseEvent::getId))
			.orElse(null);
	}

	private List<Speaker> speakers(Long meetingId) {
		return this.jdbc.query(
				"select kind, name, affiliation from meeting_speaker where meeting_id = ? order by position, id",
				(rs, row) -> new Speaker(rs.getString(1), rs.getString(2), rs.getString(3)), meetingId);
	}

	private static Long parse(String businessKey) {
		try {
			return Long.valueOf(businessKey);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
