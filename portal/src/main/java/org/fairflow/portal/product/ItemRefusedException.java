package org.fairflow.portal.product;

import java.util.List;

import org.fairflow.portal.exhibit.ExhibitRefusedException;

/**
 * A product or project form or action refused; each problem names its field (null: the
 * whole form). Shared by the product and project modules (booth keeps its own copy; the
 * exhibit module is the place for it once booth can move).
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
