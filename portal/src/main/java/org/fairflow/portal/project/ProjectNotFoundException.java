package org.fairflow.portal.project;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown project, or another exhibitor's: the same answer, so nothing leaks. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProjectNotFoundException extends RuntimeException {

	ProjectNotFoundException() {
		super("no such project", null, false, false);
	}

}
