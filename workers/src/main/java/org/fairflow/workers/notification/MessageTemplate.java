package org.fairflow.workers.notification;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills {@code ${name}} and {@code ${a.b}} placeholders from job variables. Texts live in
 * BPMN headers that process owners edit, so a typo there must not stop a case: an unknown
 * placeholder is left as it is (the recipient sees it, the log names it), never an
 * exception.
 */
final class MessageTemplate {

	private static final Logger log = LoggerFactory.getLogger(MessageTemplate.class);

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}\\s]+)}");

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
		if (template == null) {
			return "";
		}
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String path = matcher.group(1);
			Lookup lookup = lookup(variables, path);
			String replacement;
			if (lookup.found()) {
				replacement = withoutEndBeforeEnd(text(lookup.value()), template, matcher.end());
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
