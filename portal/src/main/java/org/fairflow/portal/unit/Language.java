package org.fairflow.portal.unit;

import java.util.Locale;

import org.fairflow.portal.org.Organisation;

/**
 * The languages a unit's contact can read its notifications in: the process variable
 * {@code language} picks the BPMN's {@code template_en} / {@code subject_en} for
 * {@code en} and the default texts otherwise (see docs/ARCHITECTURE.md, "Notifications").
 */
final class Language {

	static final String CHINESE = "zh";

	static final String ENGLISH = "en";

	private Language() {
	}

	/** {@code en} for any English locale or code, {@code zh} for everything else. */
	static String of(String language) {
		return (language != null && language.toLowerCase(Locale.ROOT).startsWith(ENGLISH)) ? ENGLISH : CHINESE;
	}

	/** An organisation's English name, its Chinese one where it has none. */
	static String english(Organisation organisation) {
		String name = organisation.getNameEn();
		return (name == null || name.isBlank()) ? organisation.getNameZh() : name;
	}

}
