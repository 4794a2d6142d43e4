package org.fairflow.portal.meeting;

import java.util.List;

/**
 * A booking that is refused, with one problem per field (message keys of
 * {@code messages/meeting}); nothing was stored.
 */
class BookingRefusedException extends RuntimeException {

	/**
	 * @param field the form field it belongs next to, or null for the form as a whole
	 */
	record Problem(String field, String messageKey, Object... arguments) {
	}

	private final transient List<Problem> problems;

	BookingRefusedException(List<Problem> problems) {
		super(problems.stream().map(Problem::messageKey).toList().toString());
		this.problems = List.copyOf(problems);
	}

	BookingRefusedException(String field, String messageKey, Object... arguments) {
		this(List.of(new Problem(field, messageKey, arguments)));
	}

	List<Problem> problems() {
		return this.problems;
	}

}
