package org.fairflow.portal.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such booth, or one that is not live now (a draft, in audit, hidden for a re-audit):
 * the same answer, so the public learns nothing about booths it may not see.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class BoothNotLiveException extends RuntimeException {

	BoothNotLiveException() {
		super("No live booth");
	}

}
