package org.fairflow.portal.room;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class RoomNotFoundException extends RuntimeException {

	RoomNotFoundException() {
		super("no such room");
	}

}
