package org.fairflow.portal.export;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such export for the caller: unknown, swept, or someone else's. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ExportNotFoundException extends RuntimeException {

}
