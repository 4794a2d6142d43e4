package org.fairflow.portal.engine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shipped models name their elements in both languages, Chinese first ("复审 Second
 * review", "邮件：初审通过 E-mail: first review passed"): a page shows the part in its reader's
 * language. A name in one language only (as a process owner may write it) is shown as it
 * is.
 */
final class StepNames {

	/** Everything up to the last Chinese character, then a space and the English part. */
	private static final Pattern BILINGUAL = Pattern.compile(
			"^(.*[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])\\s+(\\p{IsLatin}.*)$");

	private StepNames() {
	}

	static String inLanguage(String name, Locale locale) {
		Matcher matcher = BILINGUAL.matcher(name);
		if (!matcher.matches()) {
			return name;
		}
		boolean english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		return english ? matcher.group(2) : matcher.group(1);
	}

}
