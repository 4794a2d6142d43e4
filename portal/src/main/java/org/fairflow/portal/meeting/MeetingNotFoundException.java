package org.fairflow.portal.meeting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Another unit's booking, or none: the same answer, so ids reveal nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class MeetingNotFoundException extends RuntimeException {

	MeetingNotFoundException() {
		super("No such meeting");
	}

}
