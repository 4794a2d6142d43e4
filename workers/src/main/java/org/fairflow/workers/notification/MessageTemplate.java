package org.fairflow.workers.notification;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills {@code ${name}} and {@code ${a.b}} placeholders from job variables. Texts live in
 * BPMN headers that process owners edit, so a typo there must not stop a case: an unknown
 * placeholder is left as it is (the recipient sees it, the log names it), never an
 * exception.
 *
 * <p>
 * A placeholder may end with a format: {@code ${supplementDue.at:datetime}} gives
 * {@code yyyy-MM-dd HH:mm}, {@code :date} {@code yyyy-MM-dd} and {@code :time}
 * {@code HH:mm} of an ISO-8601 instant (or offset date-time) in the fair's zone. A value
 * that is no such time is written as it is and logged as a model fault (its name, never
 * its value, which may be a secret).
 */
final class MessageTemplate {

	private static final Logger log = LoggerFactory.getLogger(MessageTemplate.class);

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}\\s]+)}");

	/**
	 * The fair's zone when the caller names none ({@code fairflow.fair.zone}'s default).
	 */
	static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	private static final Map<String, DateTimeFormatter> FORMATS = Map.of("datetime",
			DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), "date", DateTimeFormatter.ofPattern("yyyy-MM-dd"), "time",
			DateTimeFormatter.ofPattern("HH:mm"));

	/** Marks that close a sentence or clause, Chinese and Western. */
	private static final String SENTENCE_MARKS = "。．.！!？?；;，,";

	private MessageTemplate() {
	}

	static String render(String template, Map<String, ?> variables) {
		return render(template, variables, "template");
	}

	/**
	 * Renders a template.
	 * @param where names the template in warnings, e.g.
	 * {@code unit-review/Task_SmsApproved}
	 */
	static String render(String template, Map<String, ?> variables, String where) {
		return render(template, variables, where, DEFAULT_ZONE);
	}

	/**
	 * Renders a template, formatting times in the given zone.
	 * @param where names the template in warnings
	 * @param zone the fair's zone ({@code fairflow.fair.zone})
	 */
	static String render(String template, Map<String, ?> variables, String where, ZoneId zone) {
		if (template == null) {
			return "";
		}
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String path = matcher.group(1);
			String format = null;
			int colon = path.lastIndexOf(':');
			if (colon > 0 && FORMATS.containsKey(path.substring(colon + 1))) {
				format = path.substring(colon + 1);
				path = path.substring(0, colon);
			}
			Lookup lookup = lookup(variables, path);
			String replacement;
			if (lookup.found()) {
				String text = (format != null) ? formatted(lookup.value(), format, zone, where, matcher.group())
						: text(lookup.value());
				replacement = withoutEndBeforeEnd(text, template, matcher.end());
			}
			else {
				log.warn("Model fault in {}: placeholder ${{}} names no variable; left as it is", where, path);
				replacement = matcher.group();
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/**
	 * A reviewer's comment often ends in "。" and the text around it closes the sentence
	 * itself ("原因：${comment}。"): the value's closing marks go, so the reader never gets
	 * "。。". Inside a sentence (no mark follows), the value stays as it was typed.
	 */
	private static String withoutEndBeforeEnd(String value, String template, int after) {
		if (after >= template.length() || SENTENCE_MARKS.indexOf(template.charAt(after)) < 0) {
			return value;
		}
		int end = value.length();
		while (end > 0 && (SENTENCE_MARKS.indexOf(value.charAt(end - 1)) >= 0
				|| Character.isWhitespace(value.charAt(end - 1)))) {
			end--;
		}
		return value.substring(0, end);
	}

	/**
	 * An ISO-8601 instant ({@code 2027-11-03T02:00:00Z}) or date-time with an offset or
	 * zone, in the fair's zone; anything else as it is, with a warning.
	 */
	private static String formatted(Object value, String format, ZoneId zone, String where, String placeholder) {
		String text = text(value);
		if (value instanceof String string) {
			try {
				ZonedDateTime time = ZonedDateTime.parse(string.strip(), DateTimeFormatter.ISO_DATE_TIME);
				return FORMATS.get(format).format(time.withZoneSameInstant(zone));
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		log.warn("Model fault in {}: placeholder {} names no ISO-8601 time; its value is left unformatted", where,
				placeholder);
		return text;
	}

	/** The value at a dotted path, empty when there is none (a null value included). */
	static Optional<Object> value(Map<String, ?> variables, String path) {
		return Optional.ofNullable(lookup(variables, path).value());
	}

	/** Follows a dotted path through nested maps (JSON objects arrive as maps). */
	private static Lookup lookup(Map<String, ?> variables, String path) {
		Object current = variables;
		for (String name : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map) || !map.containsKey(name)) {
				return Lookup.MISSING;
			}
			current = map.get(name);
		}
		return new Lookup(true, current);
	}

	/** JSON numbers arrive as doubles at times; 3.0 reads better as 3. */
	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (Double.isFinite(number)) {
				return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
			}
		}
		return value.toString();
	}

	private record Lookup(boolean found, Object value) {

		static final Lookup MISSING = new Lookup(false, null);

	}

}
