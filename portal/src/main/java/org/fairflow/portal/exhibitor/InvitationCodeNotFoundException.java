package org.fairflow.portal.exhibitor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown code, or another organisation's: the same answer, so nothing leaks. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class InvitationCodeNotFoundException extends RuntimeException {

	InvitationCodeNotFoundException() {
		super("no such invitation code");
	}

}
