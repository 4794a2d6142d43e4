package org.fairflow.portal.booth;

import java.util.List;

/**
 * A booth form or action refused; each problem names its field (null: the whole form).
 */
class BoothRefusedException extends RuntimeException {

	record Problem(String field, String messageKey, Object[] arguments) {
	}

	private final List<Problem> problems;

	BoothRefusedException(List<Problem> problems) {
		super(problems.get(0).messageKey(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	BoothRefusedException(String field, String messageKey, Object... arguments) {
		this(List.of(new Problem(field, messageKey, arguments)));
	}

	List<Problem> problems() {
		return this.problems;
	}

}
