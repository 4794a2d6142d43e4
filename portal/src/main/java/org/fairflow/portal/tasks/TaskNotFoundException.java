package org.fairflow.portal.tasks;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not there, or not this person's to see: both answer 404 so ids reveal nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TaskNotFoundException extends RuntimeException {

	public TaskNotFoundException() {
		super("No such task");
	}

}
