package org.fairflow.portal.forms;

import java.util.List;

/** Submitted form data the form's own rules refuse; nothing was stored or completed. */
public class FormRejectedException extends RuntimeException {

	private final transient List<FieldError> errors;

	FormRejectedException(List<FieldError> errors) {
		super(errors.size() + " form field(s) refused");
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
