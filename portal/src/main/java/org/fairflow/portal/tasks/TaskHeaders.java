package org.fairflow.portal.tasks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the BPMN says about a human task: candidate groups, due date, form key and the
 * custom headers {@code decisions}, {@code commentRequiredFor}, {@code title_zh},
 * {@code title_en}. Adding a review step is a model change; this class reads whatever the
 * model says.
 */
record TaskHeaders(List<String> candidateGroups, Instant dueAt, String formKey, List<String> decisions,
		List<String> commentRequiredFor, String titleZh, String titleEn) {

	static final String CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";

	static final String DUE_DATE = "io.camunda.zeebe:dueDate";

	static final String FORM_KEY = "io.camunda.zeebe:formKey";

	private static final ObjectMapper JSON = new ObjectMapper();

	static TaskHeaders from(Map<String, String> headers, String fallbackName) {
		List<String> decisions = list(headers.get("decisions"));
		return new TaskHeaders(groups(headers.get(CANDIDATE_GROUPS)), instant(headers.get(DUE_DATE)),
				headers.get(FORM_KEY), decisions.isEmpty() ? List.of("complete") : decisions,
				list(headers.get("commentRequiredFor")), headers.getOrDefault("title_zh", fallbackName),
				headers.getOrDefault("title_en", fallbackName));
	}

	TaskHeaders withCandidateGroups(List<String> groups) {
		return new TaskHeaders(groups, this.dueAt, this.formKey, this.decisions, this.commentRequiredFor, this.titleZh,
				this.titleEn);
	}

	private static List<String> groups(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			return JSON.readValue(json, new TypeReference<List<String>>() {
			});
		}
		catch (Exception ex) {
			return list(json);
		}
	}

	private static Instant instant(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static List<String> list(String value) {
		return (value == null || value.isBlank()) ? List.of()
				: Arrays.stream(value.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

}
