package org.fairflow.workers.meeting;

/**
 * The meeting-room provider refuses a room: nothing was opened, and a retry gives the
 * same answer. {@link OpenOnlineRoomWorker} turns it into BPMN error
 * {@value OpenOnlineRoomWorker#REFUSED}.
 */
public class OnlineRoomRefusedException extends RuntimeException {

	/** Why the provider refuses. */
	public enum Reason {

		/** More than 100 participants. */
		CAPACITY,

		/** The provider has 500 rooms on the meeting's day already. */
		DAY_FULL,

		/** The reference was used before for another topic, time or capacity. */
		REFERENCE_REUSED

	}

	private final Reason reason;

	public OnlineRoomRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
