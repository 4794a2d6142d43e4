package org.fairflow.processes;

import java.util.Locale;

/**
 * The rule for the names of a model's elements, which carry both languages: the Chinese
 * part first, then the English part ({@code 初审 First review}, {@code 制证前（可注销）
 * Before production (cancellable)}). The Chinese part runs up to and including the last
 * Chinese character or full-width punctuation mark; the rest, trimmed and without a
 * leading {@code /}, is the English part. A reader sees only the part of its language; a
 * name with one part only shows that part to everybody. {@code ModelConventionsTest}
 * holds every flow node name of the shipped models to this rule.
 *
 * @param zh the Chinese part, or the whole name when it has no Chinese
 * @param en the English part, or the whole name when it has no English
 */
public record BilingualName(String zh, String en) {

	/** Splits a name by the rule above. */
	public static BilingualName of(String name) {
		String text = (name != null) ? name.strip() : "";
		int end = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			if (chinese(text.codePointAt(i))) {
				end = text.offsetByCodePoints(i, 1);
			}
		}
		String zh = text.substring(0, end).strip();
		String en = text.substring(end).strip();
		if (en.startsWith("/")) {
			en = en.substring(1).strip();
		}
		return new BilingualName(zh.isEmpty() ? en : zh, en.isEmpty() ? zh : en);
	}

	/** Whether the name has both parts (one part only is given for both). */
	public static boolean followsRule(String name) {
		BilingualName split = of(name);
		return !split.zh().isEmpty() && !split.zh().equals(split.en());
	}

	/** The part for a reader: English for English, Chinese otherwise. */
	public String in(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.en : this.zh;
	}

	/** A Han character or full-width punctuation (，：？（）). */
	static boolean chinese(int codePoint) {
		if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
			return true;
		}
		Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
		return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
	}

}
