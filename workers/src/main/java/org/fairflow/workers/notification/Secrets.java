package org.fairflow.workers.notification;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Values a message must carry to its reader but no log line or operator's error text may
 * show, such as a meeting's join password and host key. A notification names them in its
 * {@code secrets} header (a comma list of variable names); the stored message keeps them,
 * because its reader sees it on the progress page.
 */
public final class Secrets {

	/** What a secret reads as in logs and error texts. */
	public static final String HIDDEN = "******";

	public static final Secrets NONE = new Secrets(List.of());

	private final List<String> values;

	private Secrets(List<String> values) {
		this.values = values;
	}

	/** The non-blank values, longest first so that no part of a longer one is left. */
	public static Secrets of(Collection<String> values) {
		List<String> kept = values.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		return kept.isEmpty() ? NONE : new Secrets(kept);
	}

	/** The text with every secret replaced by {@value #HIDDEN}; null stays null. */
	public String hide(String text) {
		if (text == null || this.values.isEmpty()) {
			return text;
		}
		String hidden = text;
		for (String value : this.values) {
			hidden = hidden.replace(value, HIDDEN);
		}
		return hidden;
	}

	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	/** Never the values themselves. */
	@Override
	public String toString() {
		return "Secrets[" + this.values.size() + "]";
	}

}
