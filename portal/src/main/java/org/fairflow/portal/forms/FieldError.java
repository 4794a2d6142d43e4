package org.fairflow.portal.forms;

import java.util.List;

/**
 * Why one field was refused: a message key of the {@code forms} bundle whose first
 * argument is the field's label.
 *
 * @param field the field's key (dotted when nested)
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

	public Object[] args() {
		return this.arguments.toArray();
	}

}
