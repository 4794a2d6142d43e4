package org.fairflow.portal.room;

/** Another meeting holds the room for part of the time asked for. */
public class RoomTakenException extends RoomUnavailableException {

	private final Long holdingMeetingId;

	public RoomTakenException(Long roomId, Long holdingMeetingId) {
		super("room.unavailable.taken", roomId, holdingMeetingId);
		this.holdingMeetingId = holdingMeetingId;
	}

	/** The meeting that holds the room. */
	public Long holdingMeetingId() {
		return this.holdingMeetingId;
	}

	@Override
	public String getMessage() {
		return "room " + arguments()[0] + " is held by meeting " + this.holdingMeetingId + " at that time";
	}

}
