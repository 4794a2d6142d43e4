package org.fairflow.portal.badge;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such delivery address in the caller's unit (another unit's is not found either). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AddressNotFoundException extends RuntimeException {

}
