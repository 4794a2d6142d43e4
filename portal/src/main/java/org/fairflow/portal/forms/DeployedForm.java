package org.fairflow.portal.forms;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One version of a form a process owner deployed, as a task shows and checks it. */
public final class DeployedForm {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String formId;

	private final Integer version;

	private final String schemaJson;

	private final List<FormField> fields;

	DeployedForm(String formId, Integer version, byte[] schema) {
		this.formId = formId;
		this.version = version;
		this.schemaJson = new String(schema, StandardCharsets.UTF_8);
		this.fields = FormSchema.fields(schema);
	}

	/** The form's id ({@code zeebe:formDefinition formId}). */
	public String formId() {
		return this.formId;
	}

	/** The engine's version of this form. */
	public Integer version() {
		return this.version;
	}

	/** The form-js schema as deployed, for the browser. */
	public String schemaJson() {
		return this.schemaJson;
	}

	/**
	 * The data form-js starts with: the case's variables named like the form's fields.
	 */
	public String prefillJson(Map<String, Object> variables) {
		return write(FormValues.prefill(this.fields, variables));
	}

	/**
	 * The submitted data (form-js's JSON) checked against the form.
	 * @param variables the case's variables, for options listed in a variable
	 * @return the fields as process variables; keys not in the form are dropped
	 * @throws FormRejectedException naming every field that is not acceptable
	 */
	public Map<String, Object> check(String submittedJson, Map<String, Object> variables) {
		Map<String, Object> submitted;
		try {
			submitted = (submittedJson == null || submittedJson.isBlank()) ? Map.of()
					: JSON.readValue(submittedJson, new TypeReference<Map<String, Object>>() {
					});
		}
		catch (JsonProcessingException ex) {
			throw new FormRejectedException(List.of(new FieldError("", "form.unreadable", List.of())));
		}
		return FormValidator.check(this.fields, (submitted != null) ? submitted : Map.of(), variables);
	}

	static String write(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Form data that Jackson read cannot be written", ex);
		}
	}

}
