package org.fairflow.portal.exhibit;

import java.util.List;

/**
 * A booth, product or project form or action refused; each problem names its field (null:
 * the whole form), so the controller shows each message next to its field.
 */
public class ItemRefusedException extends RuntimeException {

	public record Problem(String field, String messageKey, Object[] arguments) {
	}

	private final List<Problem> problems;

	public ItemRefusedException(List<Problem> problems) {
		super(problems.get(0).messageKey(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	public ItemRefusedException(String field, String messageKey, Object... arguments) {
		this(List.of(new Problem(field, messageKey, arguments)));
	}

	public static ItemRefusedException of(ExhibitRefusedException ex) {
		return new ItemRefusedException(ex.field(), ex.messageKey(), ex.arguments());
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
