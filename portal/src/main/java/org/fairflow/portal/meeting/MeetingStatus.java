package org.fairflow.portal.meeting;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a booking stands; the same words as its case's statuses (process
 * {@code meeting-booking}).
 */
public enum MeetingStatus {

	AWAITING_PRE_REVIEW, PRE_REJECTED, AWAITING_SUPPLEMENT, SUPPLEMENT_LAPSED, AWAITING_RE_REVIEW, RE_REJECTED,
	AWAITING_ROOM, ROOM_ALLOCATED, WITHDRAWN;

	/** Bookings that hold their time: the host's other meetings may not overlap them. */
	public static final Set<MeetingStatus> HOLDING_TIME = EnumSet.of(AWAITING_PRE_REVIEW, AWAITING_SUPPLEMENT,
			AWAITING_RE_REVIEW, AWAITING_ROOM, ROOM_ALLOCATED);

	/** Approved in both rounds: shown on the public programme. */
	public static final Set<MeetingStatus> APPROVED = EnumSet.of(AWAITING_ROOM, ROOM_ALLOCATED);

	public boolean holdsTime() {
		return HOLDING_TIME.contains(this);
	}

	public boolean finished() {
		return this == PRE_REJECTED || this == SUPPLEMENT_LAPSED || this == RE_REJECTED || this == WITHDRAWN
				|| this == ROOM_ALLOCATED;
	}

	/** The applicant may withdraw while a review round waits (the guide: 待初审, 待复审). */
	public boolean withdrawable() {
		return this == AWAITING_PRE_REVIEW || this == AWAITING_RE_REVIEW;
	}

}
