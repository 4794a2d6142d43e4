package org.fairflow.portal.meeting;

import org.springframework.http.HttpStatus;

/**
 * A plan that is refused, with the HTTP status the upload answers (413 too large, 400 not
 * a readable PDF) and a message key of {@code messages/meeting}.
 */
class PlanUploadException extends RuntimeException {

	private final HttpStatus status;

	private final transient Object[] arguments;

	PlanUploadException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.arguments = arguments;
	}

	HttpStatus status() {
		return this.status;
	}

	String messageKey() {
		return getMessage();
	}

	Object[] arguments() {
		return this.arguments;
	}

}
