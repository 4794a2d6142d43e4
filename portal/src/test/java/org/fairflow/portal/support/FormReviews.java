package org.fairflow.portal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.StoredModel;

/**
 * A review whose task shows a deployed form ({@code forms/form-review.bpmn} and its
 * forms), published the way a process owner publishes in the console, with ids of the
 * test's own so that tests sharing an engine do not meet.
 */
public final class FormReviews {

	private FormReviews() {
	}

	/** Publishes a form file ({@code forms/<resource>}) under the given form id. */
	public static StoredModel publishForm(ModelDeployment models, String formId, String resource) {
		return models.publish(formId + ".form", read(resource, formId, "FORM_ID"), "owner", "test: " + resource);
	}

	/** Publishes the review process whose task links the given form id. */
	public static StoredModel publishProcess(ModelDeployment models, String processId, String formId) {
		byte[] bpmn = new String(read("form-review.bpmn", formId, "FORM_ID"), StandardCharsets.UTF_8)
			.replace("PROCESS_ID", processId)
			.getBytes(StandardCharsets.UTF_8);
		return models.publish(processId + ".bpmn", bpmn, "owner", "test: form review");
	}

	/**
	 * Starts a case of the review (its latest version) offered to the delegation's
	 * reviewers; returns its id.
	 */
	public static String start(Cases cases, String processId, Fixtures.Tree tree, Map<String, Object> variables) {
		Map<String, Object> start = new HashMap<>(variables);
		start.put("reviewGroup", tree.delegation().reviewGroup());
		return cases
			.open(new NewCase(processId, "form-" + System.nanoTime(), "表单审核", "Form review", "unit:0",
					tree.delegation().getId(), "SUBMITTED", "test", start))
			.getId();
	}

	private static byte[] read(String resource, String id, String placeholder) {
		try (InputStream in = FormReviews.class.getResourceAsStream("/forms/" + resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(placeholder, id)
				.getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
