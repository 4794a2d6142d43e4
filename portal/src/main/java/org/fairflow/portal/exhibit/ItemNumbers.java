package org.fairflow.portal.exhibit;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

/**
 * An item's public number: a kind's prefix, the day in Beijing and six characters that
 * cannot be misread (no 0/O, 1/I), so an exhibitor can read it out on the phone.
 */
public final class ItemNumbers {

	private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ItemNumbers() {
	}

	/** A new number; drawn again on the rare clash with one {@code taken} reports. */
	public static String next(String prefix, Predicate<String> taken) {
		String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DAY);
		while (true) {
			StringBuilder number = new StringBuilder(prefix).append(day);
			for (int i = 0; i < 6; i++) {
				number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
			}
			if (!taken.test(number.toString())) {
				return number.toString();
			}
		}
	}

}
