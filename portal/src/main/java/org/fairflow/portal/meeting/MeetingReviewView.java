package org.fairflow.portal.meeting;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.tasks.FlowView;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.web.RequestValues;

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

	static final String PRE_REVIEW = "Task_PreReview";

	static final String RE_REVIEW = "Task_ReReview";

	private final MeetingRepository meetings;

	private final Cases cases;

	private final UnitDirectory units;

	private final MeetingSpeakerRepository speakers;

	private final FairCalendar calendar;

	MeetingReviewView(MeetingRepository meetings, Cases cases, UnitDirectory units, MeetingSpeakerRepository speakers,
			FairCalendar calendar) {
		this.meetings = meetings;
		this.cases = cases;
		this.units = units;
		this.speakers = speakers;
		this.calendar = calendar;
	}

	@Override
	public String flow() {
		return MeetingBookings.FLOW;
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
		RequestValues.id(businessKey).flatMap(this.meetings::findById).ifPresent((meeting) -> {
			model.put("meeting", meeting);
			model.put("meetingUnitName",
					this.units.findById(meeting.getUnitId())
						.map((u) -> u.name(locale))
						.orElse("#" + meeting.getUnitId()));
			model.put("meetingDate", this.calendar.date(meeting.getStartsAt()).toString());
			model.put("meetingTime", this.calendar.time(meeting.getStartsAt(), meeting.getEndsAt()));
			model.put("meetingSpeakers", this.speakers.findByMeetingIdOrderByPositionAscIdAsc(meeting.getId()));
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

}
