package org.fairflow.portal.badge;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such previous holder for the caller's credit code (another unit's is not found
 * either).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PreviousHolderNotFoundException extends RuntimeException {

}
