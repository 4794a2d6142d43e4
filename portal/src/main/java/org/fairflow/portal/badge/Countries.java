package org.fairflow.portal.badge;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Nationalities as stored (ISO 3166 alpha-2 codes) and as read (the country's name in the
 * reader's language, from the JDK's locale data). Public so that templates can list them.
 */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private static final Locale[] NAME_LANGUAGES = { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH };

	private Countries() {
	}

	/** One choice of the select. */
	public record Option(String code, String name) {

	}

	static boolean known(String code) {
		return code != null && CODES.contains(code);
	}

	/**
	 * Every country by its name in {@code locale}; mainland China first, the usual case.
	 */
	public static List<Option> options(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Stream<Option> others = CODES.stream()
			.filter((c) -> !PersonRules.DOMESTIC.equals(c))
			.map((c) -> new Option(c, name(c, locale)))
			.sorted(Comparator.comparing(Option::name, collator));
		return Stream.concat(Stream.of(new Option(PersonRules.DOMESTIC, name(PersonRules.DOMESTIC, locale))), others)
			.toList();
	}

	/** The country's name in {@code locale}, or the code itself when there is none. */
	public static String name(String code, Locale locale) {
		if (!known(code)) {
			return code;
		}
		String name = Locale.of("", code).getDisplayCountry(locale);
		return (name == null || name.isBlank()) ? code : name;
	}

	/**
	 * The code for what someone typed (a CSV cell, an old form): an ISO code in any case,
	 * or a country's exact name in Chinese or English ("中国", "Germany").
	 */
	static Optional<String> code(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String text = typed.strip();
		String upper = text.toUpperCase(Locale.ROOT);
		if (CODES.contains(upper)) {
			return Optional.of(upper);
		}
		return CODES.stream()
			.filter((c) -> Arrays.stream(NAME_LANGUAGES)
				.anyMatch((l) -> Locale.of("", c).getDisplayCountry(l).equalsIgnoreCase(text)))
			.findFirst();
	}

}
