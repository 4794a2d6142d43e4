package org.fairflow.workers.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last one
 * a check character over the first 17.
 *
 * <p>
 * Only the form is checked here (length, character set, check character). Whether the
 * code was ever issued is the registry's business ({@link CreditRegistry}).
 */
public final class CreditCode {

	/**
	 * The standard's 31 characters, in value order: no I, O, S, V, Z (too easily
	 * misread).
	 */
	static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	static final int LENGTH = 18;

	/** Weight of position i is 3^i mod 31, as tabulated in the standard. */
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	/** Why a code is not well formed; the first failing rule wins. */
	public enum Problem {

		/** Null or blank. */
		EMPTY,
		/** Not 18 characters after trimming. */
		LENGTH,
		/** A character outside the standard's set (I, O, S, V, Z, punctuation, ...). */
		CHARACTER,
		/** Well formed but the 18th character does not match the first 17. */
		CHECK_CHARACTER

	}

	private CreditCode() {
	}

	/**
	 * Trims and upper-cases, as applicants type codes in either case; null stays null.
	 */
	public static String normalise(String code) {
		return (code != null) ? code.strip().toUpperCase(Locale.ROOT) : null;
	}

	/** Empty when the code is well formed, otherwise the first rule it breaks. */
	public static Optional<Problem> check(String code) {
		String normalised = normalise(code);
		if (normalised == null || normalised.isEmpty()) {
			return Optional.of(Problem.EMPTY);
		}
		if (normalised.length() != LENGTH) {
			return Optional.of(Problem.LENGTH);
		}
		for (int i = 0; i < LENGTH; i++) {
			if (CHARACTERS.indexOf(normalised.charAt(i)) < 0) {
				return Optional.of(Problem.CHARACTER);
			}
		}
		if (normalised.charAt(LENGTH - 1) != checkCharacter(normalised)) {
			return Optional.of(Problem.CHECK_CHARACTER);
		}
		return Optional.empty();
	}

	/** True when {@link #check(String)} finds nothing wrong. */
	public static boolean isValid(String code) {
		return check(code).isEmpty();
	}

	/**
	 * The category of unit a well-formed code was issued to, named as the portal's unit
	 * categories and the auto-verification DMN name them. GB 32100 position 1 is the
	 * registering authority (1 organisation codes / 机构编制, 5 civil affairs / 民政, 9 market
	 * regulation / 工商), position 2 the kind of body it registered: 11 government organ,
	 * 12 public institution, 51-53 social organisation, 91-93 enterprise; anything else
	 * is OTHER. The one mapping: the registry and the registration form both use it.
	 */
	public static String categoryOf(String code) {
		String normalised = normalise(code);
		if (normalised == null || normalised.length() < 2) {
			return "OTHER";
		}
		return switch (normalised.substring(0, 2)) {
			case "11" -> "GOVERNMENT";
			case "12" -> "PUBLIC_INSTITUTION";
			case "51", "52", "53" -> "SOCIAL_ORGANISATION";
			case "91", "92", "93" -> "ENTERPRISE";
			default -> "OTHER";
		};
	}

	/**
	 * Appends the check character to 17 characters; for tests and demo data, which need
	 * valid codes that belong to nobody.
	 * @throws IllegalArgumentException unless given 17 characters of the standard's set
	 */
	public static String withCheckCharacter(String first17) {
		String normalised = normalise(first17);
		if (normalised == null || normalised.length() != LENGTH - 1) {
			throw new IllegalArgumentException("Expected the first 17 characters of a credit code");
		}
		for (int i = 0; i < normalised.length(); i++) {
			if (CHARACTERS.indexOf(normalised.charAt(i)) < 0) {
				throw new IllegalArgumentException(
						"Character '" + normalised.charAt(i) + "' at position " + (i + 1) + " is not allowed");
			}
		}
		return normalised + checkCharacter(normalised);
	}

	/** The check character for the first 17 characters, which must already be valid. */
	private static char checkCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		int value = (31 - sum % 31) % 31;
		return CHARACTERS.charAt(value);
	}

}
