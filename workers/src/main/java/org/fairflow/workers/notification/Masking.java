package org.fairflow.workers.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal contact data for logs, error texts and screens that show a message to
 * someone other than its recipient. Chinese convention: {@code 138****5678}.
 */
public final class Masking {

	private static final String STARS = "****";

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

	/** Seven or more digits in a row: a phone number whatever else it may be. */
	private static final Pattern DIGITS = Pattern.compile("\\+?\\d{7,}");

	private Masking() {
	}

	/**
	 * Keeps the last four digits and, for a full number, the first three to six (country
	 * code and carrier prefix), so that {@code +8613812345678} becomes
	 * {@code +86138****5678}.
	 */
	public static String phone(String phone) {
		if (phone == null || phone.isBlank()) {
			return "";
		}
		String trimmed = phone.strip();
		String plus = trimmed.startsWith("+") ? "+" : "";
		String digits = trimmed.replaceAll("\\D", "");
		int length = digits.length();
		if (length < 8) {
			// Too short to show four digits and still hide enough.
			return plus + STARS + ((length >= 5) ? digits.substring(length - 2) : "");
		}
		int head = (length >= 11) ? Math.min(6, Math.max(3, length - 8)) : length - 8;
		return plus + digits.substring(0, head) + STARS + digits.substring(length - 4);
	}

	/** Keeps the first letter and the domain: {@code z***@example.com}. */
	public static String email(String email) {
		if (email == null || email.isBlank()) {
			return "";
		}
		String trimmed = email.strip();
		int at = trimmed.lastIndexOf('@');
		if (at <= 0) {
			return "***";
		}
		return trimmed.charAt(0) + "***" + trimmed.substring(at);
	}

	/** The recipient masked the way its channel needs. */
	static String recipient(Channel channel, String recipient) {
		return (channel == Channel.EMAIL) ? email(recipient) : phone(recipient);
	}

	/**
	 * Masks every e-mail address and every run of seven or more digits in a text, such as
	 * a provider's error message ("The 'To' number +86... is not a valid phone number").
	 */
	static String scrub(String text) {
		if (text == null) {
			return null;
		}
		String withoutEmails = replace(EMAIL.matcher(text), true);
		return replace(DIGITS.matcher(withoutEmails), false);
	}

	private static String replace(Matcher matcher, boolean email) {
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String masked = email ? email(matcher.group()) : phone(matcher.group());
			matcher.appendReplacement(result, Matcher.quoteReplacement(masked));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
