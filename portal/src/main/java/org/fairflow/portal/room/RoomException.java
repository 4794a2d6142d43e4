package org.fairflow.portal.room;

/** A change to the room plan refused for a reason shown next to a field of the form. */
class RoomException extends RuntimeException {

	private final String field;

	RoomException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
