package org.fairflow.portal.room;

/**
 * A room that cannot be booked for a meeting: unknown, deactivated or too small
 * ({@link #messageKey()}, a key of room.properties), or taken
 * ({@link RoomTakenException}).
 */
public class RoomUnavailableException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public RoomUnavailableException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
