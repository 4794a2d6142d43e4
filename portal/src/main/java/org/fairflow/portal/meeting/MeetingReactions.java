package org.fairflow.portal.meeting;

import org.fairflow.portal.cases.CaseStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a booking's status with its case (flow {@code meeting-booking}), inside the
 * status step's transaction: the case and the booking say the same, or neither changed.
 */
@Component
class MeetingReactions {

	private static final Logger log = LoggerFactory.getLogger(MeetingReactions.class);

	private final MeetingRepository meetings;

	MeetingReactions(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	@EventListener
	void statusChanged(CaseStatusChanged event) {
		if (!MeetingBookings.FLOW.equals(event.flow())) {
			return;
		}
		MeetingStatus status;
		Long id;
		try {
			status = MeetingStatus.valueOf(event.status());
			id = Long.valueOf(event.businessKey());
		}
		catch (IllegalArgumentException ex) {
			log.warn("Meeting case {} reported status {} with business key {}, which bookings do not know",
					event.caseId(), event.status(), event.businessKey());
			return;
		}
		this.meetings.lockById(id).ifPresent((meeting) -> {
			if (!meeting.moveTo(status)) {
				return;
			}
			log.info("Meeting {} is now {}", id, status);
			if (meeting.getWithdrawnAt() != null && status != MeetingStatus.WITHDRAWN) {
				// The review decided before the withdrawal reached it: the withdrawal is
				// spent
				// (its history line stays), is not published again after an engine start,
				// and
				// the applicant may withdraw again at the next review.
				log.info("Meeting {} moved on to {} before its withdrawal arrived; the withdrawal lapses", id, status);
				meeting.setWithdrawReason(null);
				meeting.setWithdrawnAt(null);
			}
		});
	}

}
