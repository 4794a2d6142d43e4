package org.fairflow.portal.refund;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Another unit's order or refund, or none: answered 404 without saying which. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class RefundNotFoundException extends RuntimeException {

	RefundNotFoundException() {
		super("not found");
	}

}
