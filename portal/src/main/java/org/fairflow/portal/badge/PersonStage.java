package org.fairflow.portal.badge;

import java.util.EnumSet;
import java.util.Set;

/**
 * How far persons got, as statistics count them (the guides' 统计表: registered, submitted,
 * badges issued); each stage is a set of statuses, which the overview filters by too.
 */
public enum PersonStage {

	/** Every person a unit entered, in any status. */
	REGISTERED(EnumSet.allOf(PersonStatus.class)),

	/**
	 * Sent to review or beyond (a cancelled person is not counted: where it stopped is
	 * unknown).
	 */
	SUBMITTED(EnumSet.of(PersonStatus.AWAITING_REVIEW, PersonStatus.APPROVED, PersonStatus.REJECTED,
			PersonStatus.PRODUCED, PersonStatus.DELIVERED)),

	/** Passed the review (and may since have been produced or delivered). */
	APPROVED(EnumSet.of(PersonStatus.APPROVED, PersonStatus.PRODUCED, PersonStatus.DELIVERED)),

	/** A badge was produced for the person (and perhaps delivered). */
	ISSUED(EnumSet.of(PersonStatus.PRODUCED, PersonStatus.DELIVERED));

	private final Set<PersonStatus> statuses;

	PersonStage(Set<PersonStatus> statuses) {
		this.statuses = statuses;
	}

	public Set<PersonStatus> statuses() {
		return EnumSet.copyOf(this.statuses);
	}

	public boolean includes(PersonStatus status) {
		return this.statuses.contains(status);
	}

}
