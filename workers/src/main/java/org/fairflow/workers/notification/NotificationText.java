package org.fairflow.workers.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.JobHeaders;

/**
 * Picks a notification's text in the reader's language. The texts stay in the BPMN (the
 * process owner's): {@code template} and {@code subject} are the default (Chinese), and a
 * model may add {@code template_en} / {@code subject_en}. The case carries the reader's
 * language in the variable {@code language} (the applicant's at registration); a language
 * the model has no text for gets the default, so an older model keeps working.
 */
final class NotificationText {

	static final String LANGUAGE_VARIABLE = "language";

	static final String SECRETS_HEADER = "secrets";

	private NotificationText() {
	}

	/** The header for the reader's language, else the default header (required). */
	static String header(ActivatedJob job, String name, Map<String, Object> variables) {
		String language = language(variables);
		if (language != null) {
			String translated = JobHeaders.optional(job, name + "_" + language, null);
			if (translated != null) {
				return translated;
			}
		}
		return JobHeaders.required(job, name);
	}

	/**
	 * The values of the variables that the {@code secrets} header names (a comma list;
	 * dotted paths allowed): hidden in every log line and error text, kept in the
	 * message.
	 */
	static Secrets secrets(ActivatedJob job, Map<String, Object> variables) {
		String names = JobHeaders.optional(job, SECRETS_HEADER, "");
		List<String> values = new ArrayList<>();
		for (String name : names.split(",")) {
			if (!name.isBlank()) {
				MessageTemplate.value(variables, name.strip()).map(Object::toString).ifPresent(values::add);
			}
		}
		return Secrets.of(values);
	}

	/** {@code "en"} for {@code en}, {@code en_GB}, {@code EN}; null when none is set. */
	static String language(Map<String, Object> variables) {
		Object value = variables.get(LANGUAGE_VARIABLE);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		return value.toString().strip().split("[_-]", 2)[0].toLowerCase(Locale.ROOT);
	}

}
