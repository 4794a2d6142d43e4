package org.fairflow.portal.unit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fairflow.portal.cases.CaseEvent;

/**
 * The reviewer's last word on a returned or rejected unit (who, when, at which step,
 * why), shown on top of the unit's page rather than only far down its history.
 */
record ReviewerNote(String actor, Instant at, String step, String comment) {

	/** The latest decision of this kind in the history, if any. */
	static Optional<ReviewerNote> latest(List<CaseEvent> history, String decision) {
		for (int i = history.size() - 1; i >= 0; i--) {
			CaseEvent event = history.get(i);
			if ("DECIDED".equals(event.getEvent()) && decision.equals(event.getDecision())) {
				return Optional
					.of(new ReviewerNote(event.getActor(), event.getOccurredAt(), event.getStep(), event.getComment()));
			}
		}
		return Optional.empty();
	}

	/** The note a unit in this status needs: why it was returned or rejected. */
	static Optional<ReviewerNote> of(UnitStatus status, List<CaseEvent> history) {
		return switch (status) {
			case RETURNED -> latest(history, "return");
			case REJECTED -> latest(history, "reject");
			default -> Optional.empty();
		};
	}

}
