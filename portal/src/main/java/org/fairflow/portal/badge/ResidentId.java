package org.fairflow.portal.badge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Chinese resident identity number (GB 11643): 17 digits, then a check character (0-9
 * or X) over ISO 7064 MOD 11-2; digits 7-14 are the birth date.
 */
public final class ResidentId {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private static final Pattern FORMAT = Pattern.compile("[0-9]{17}[0-9X]");

	private ResidentId() {
	}

	/** Upper case, no spaces. */
	public static String normalise(String number) {
		return (number == null) ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * The message key of the number's problem, or empty when it is a valid resident ID
	 * number (which says nothing about the birth date given elsewhere).
	 */
	public static Optional<String> problem(String number) {
		String n = normalise(number);
		if (n.length() != 18) {
			return Optional.of("badge.residentId.length");
		}
		if (!FORMAT.matcher(n).matches()) {
			return Optional.of("badge.residentId.format");
		}
		if (birthDate(n).isEmpty()) {
			return Optional.of("badge.residentId.birthDate");
		}
		if (checkCharacter(n.substring(0, 17)) != n.charAt(17)) {
			return Optional.of("badge.residentId.checkDigit");
		}
		return Optional.empty();
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	/** The birth date the number encodes, if it is a real date not in the future. */
	public static Optional<LocalDate> birthDate(String number) {
		String n = normalise(number);
		if (n.length() < 14) {
			return Optional.empty();
		}
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)),
					Integer.parseInt(n.substring(12, 14)));
			if (date.getYear() < 1900 || date.isAfter(LocalDate.now())) {
				return Optional.empty();
			}
			return Optional.of(date);
		}
		catch (NumberFormatException | DateTimeException ex) {
			return Optional.empty();
		}
	}

}
