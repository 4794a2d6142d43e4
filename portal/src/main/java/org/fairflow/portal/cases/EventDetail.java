package org.fairflow.portal.cases;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a history line names besides decision and comment ({@code case_event.detail}), so
 * that each language shows its own: a name in Chinese and English (the organisation a
 * reassignment went to), or codes the history fragment shows through message keys (badge
 * types of an upgrade, an incident's error type), never as raw codes.
 *
 * @param text the Chinese name, or the codes joined by {@code ,}
 * @param textEn the English name, or null (the text is shown)
 */
public record EventDetail(String text, String textEn) {

	/** Codes the history fragment turns into words, e.g. {@code VISITOR, STAFF}. */
	public static EventDetail codes(Object... codes) {
		return new EventDetail(Arrays.stream(codes).map(String::valueOf).collect(Collectors.joining(",")), null);
	}

	/** A name in both languages; an English name that is missing or blank is left out. */
	public static EventDetail names(String zh, String en) {
		return new EventDetail(zh, (en == null || en.isBlank() || en.equals(zh)) ? null : en);
	}

}
