package org.fairflow.portal.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks submitted data against a form's fields the way form-js does in the browser
 * (required, length of the trimmed text, min/max, pattern anywhere in the text, e-mail
 * and phone, options), because the browser's check can be skipped. Only the form's fields
 * are taken, each with its type; a field left empty becomes {@code null}.
 */
final class FormValidator {

	/** No text field holds more, whatever the form says: process variables stay small. */
	static final int MAX_TEXT = 10_000;

	private static final Logger log = LoggerFactory.getLogger(FormValidator.class);

	/** form-js's own e-mail pattern. */
	private static final Pattern EMAIL = Pattern.compile(
			"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");

	/** International number: + or 00, then digits (form-js also checks country codes). */
	private static final Pattern PHONE = Pattern.compile("^(\\+|00)[1-9]\\d{5,22}$");

	private FormValidator() {
	}

	/**
	 * @param variables the case's variables, for options a form takes from a variable
	 * @return the values to hand to the process, nested as form-js nests them
	 * @throws FormRejectedException naming every field that is not acceptable
	 */
	static Map<String, Object> check(List<FormField> fields, Map<String, Object> submitted,
			Map<String, Object> variables) {
		Map<String, Object> values = new LinkedHashMap<>();
		List<FieldError> errors = new ArrayList<>();
		for (FormField field : fields) {
			List<FieldError> found = new ArrayList<>();
			Object value = FormValues.typed(field, FormValues.get(submitted, field.path()), found);
			if (found.isEmpty()) {
				rules(field, value, variables, found);
			}
			errors.addAll(found);
			FormValues.put(values, field.path(), value);
		}
		if (!errors.isEmpty()) {
			throw new FormRejectedException(errors);
		}
		return values;
	}

	private static void rules(FormField field, Object value, Map<String, Object> variables, List<FieldError> errors) {
		if (value == null || Boolean.FALSE.equals(value) || (value instanceof List<?> list && list.isEmpty())) {
			if (field.required()) {
				errors.add(error(field, "form.required"));
			}
			return;
		}
		if (value instanceof String text) {
			text(field, text, errors);
		}
		if (value instanceof BigDecimal number) {
			if (field.min() != null && number.compareTo(field.min()) < 0) {
				errors.add(error(field, "form.min", field.min().toPlainString()));
			}
			if (field.max() != null && number.compareTo(field.max()) > 0) {
				errors.add(error(field, "form.max", field.max().toPlainString()));
			}
		}
		if (field.choice()) {
			List<String> options = FormValues.options(field, variables);
			List<?> chosen = (value instanceof List<?> list) ? list : List.of(value);
			chosen.stream()
				.map(String::valueOf)
				.filter((v) -> !options.contains(v))
				.forEach((v) -> errors.add(error(field, "form.notAnOption", v)));
		}
	}

	private static void text(FormField field, String text, List<FieldError> errors) {
		int length = text.strip().length();
		if (field.minLength() != null && length < field.minLength()) {
			errors.add(error(field, "form.minLength", field.minLength()));
		}
		int max = (field.maxLength() != null) ? Math.min(field.maxLength(), MAX_TEXT) : MAX_TEXT;
		if (length > max || text.length() > MAX_TEXT) {
			errors.add(error(field, "form.maxLength", max));
		}
		if (field.pattern() != null && !matches(field, text)) {
			errors.add((field.patternMessage() != null) ? error(field, "form.patternOwn", field.patternMessage())
					: error(field, "form.pattern"));
		}
		if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
			errors.add(error(field, "form.email"));
		}
		if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
			errors.add(error(field, "form.phone"));
		}
	}

	/** Like JavaScript's {@code RegExp.test}: the pattern anywhere in the text. */
	private static boolean matches(FormField field, String text) {
		try {
			return Pattern.compile(field.pattern()).matcher(text).find();
		}
		catch (PatternSyntaxException ex) {
			// A model fault, not the person's: the browser would not run it either.
			log.warn("Form field {} has a pattern Java cannot read; not checked", field.key());
			return true;
		}
	}

	static FieldError error(FormField field, String key, Object... more) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(field.label());
		arguments.addAll(List.of(more));
		return new FieldError(field.key(), key, arguments);
	}

}
