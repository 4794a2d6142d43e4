package org.fairflow.portal.forms;

import java.util.Optional;
import java.util.regex.Pattern;

import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.StoredModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Finds the form a user task's job names. A task linked with {@code zeebe:formDefinition
 * formId} gets the engine's numeric key of the form version it resolved; the engine
 * returns no form's JSON, so it comes from the model store, which knows every key of the
 * current engine state. Text keys ({@code formKey="unit-review"}) are the portal's own
 * views, not deployed forms.
 */
@Service
public class DeployedForms {

	private static final Pattern ENGINE_KEY = Pattern.compile("\\d{1,19}");

	private static final Logger log = LoggerFactory.getLogger(DeployedForms.class);

	private final ModelDeployment models;

	DeployedForms(ModelDeployment models) {
		this.models = models;
	}

	/** Whether a task's form key is the engine's key of a deployed form. */
	public static boolean isDeployedForm(String formKey) {
		return formKey != null && ENGINE_KEY.matcher(formKey).matches();
	}

	/**
	 * The deployed form of a task's form key; empty when the key names none the model
	 * store knows (or its JSON is no form-js schema), which the task page says plainly.
	 */
	public Optional<DeployedForm> find(String formKey) {
		if (!isDeployedForm(formKey)) {
			return Optional.empty();
		}
		Optional<StoredModel> stored;
		try {
			stored = this.models.byEngineKey(Long.parseLong(formKey))
				.filter((m) -> m.getKind() == StoredModel.Kind.FORM);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		try {
			return stored.map((m) -> new DeployedForm(m.getResourceId(), m.getVersion(), m.getContent()));
		}
		catch (IllegalArgumentException ex) {
			log.error("Stored form {} is no form-js schema: {}", formKey, ex.getMessage());
			return Optional.empty();
		}
	}

}
