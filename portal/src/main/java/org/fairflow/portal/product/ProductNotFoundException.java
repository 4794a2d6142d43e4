package org.fairflow.portal.product;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown product, or another exhibitor's: the same answer, so nothing leaks. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProductNotFoundException extends RuntimeException {

	ProductNotFoundException() {
		super("no such product", null, false, false);
	}

}
