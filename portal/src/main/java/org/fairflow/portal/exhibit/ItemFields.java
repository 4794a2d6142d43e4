package org.fairflow.portal.exhibit;

import java.util.List;

/**
 * The free-text checks every kind's form makes, stripped: blank is {@code
 * <kind>.<field>.required} (or null when optional), too long {@code <kind>.field.size}.
 */
public final class ItemFields {

	private ItemFields() {
	}

	public static String required(ItemKind kind, String field, String value, int max,
			List<ItemRefusedException.Problem> problems) {
		String clean = (value == null) ? "" : value.strip();
		if (clean.isEmpty()) {
			problems
				.add(new ItemRefusedException.Problem(field, kind.nameEn() + "." + field + ".required", new Object[0]));
			return null;
		}
		return sized(kind, field, clean, max, problems);
	}

	public static String optional(ItemKind kind, String field, String value, int max,
			List<ItemRefusedException.Problem> problems) {
		String clean = (value == null) ? "" : value.strip();
		return clean.isEmpty() ? null : sized(kind, field, clean, max, problems);
	}

	private static String sized(ItemKind kind, String field, String clean, int max,
			List<ItemRefusedException.Problem> problems) {
		if (clean.length() > max) {
			problems.add(new ItemRefusedException.Problem(field, kind.nameEn() + ".field.size", new Object[] { max }));
			return null;
		}
		return clean;
	}

}
