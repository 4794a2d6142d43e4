package org.fairflow.portal.tasks;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.forms.DeployedForm;
import org.fairflow.portal.forms.DeployedForms;
import org.fairflow.portal.forms.FormRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A task whose form a process owner deployed ({@code zeebe:formDefinition formId}): the
 * page shows it filled with the case's variables, and a decision hands its checked fields
 * to the process. Tasks with a text form key keep their {@link FlowView}.
 */
@Component
class TaskForms {

	/** The portal's own variables: no form may overwrite them. */
	static final Set<String> RESERVED = Set.of("caseId", "round", "decision", "comment");

	/** Submitted data longer than this is not offered back after a refusal. */
	private static final int MAX_KEPT = 100_000;

	private static final Logger log = LoggerFactory.getLogger(TaskForms.class);

	private final DeployedForms forms;

	private final Cases cases;

	TaskForms(DeployedForms forms, Cases cases) {
		this.forms = forms;
		this.cases = cases;
	}

	/**
	 * Adds {@code deployedForm}, {@code formSchema} and {@code formData} (what was just
	 * refused, else the case's variables), or {@code formMissing} when the key names no
	 * stored form.
	 */
	void show(HumanTask task, Model model) {
		if (!DeployedForms.isDeployedForm(task.getFormKey())) {
			return;
		}
		this.forms.find(task.getFormKey()).ifPresentOrElse((form) -> {
			model.addAttribute("deployedForm", form);
			model.addAttribute("formSchema", form.schemaJson());
			if (!(model.getAttribute("formData") instanceof String)) {
				model.addAttribute("formData", form.prefillJson(this.cases.variables(task.getCaseId())));
			}
		}, () -> model.addAttribute("formMissing", true));
	}

	/**
	 * The checked fields of a task's deployed form; nothing for a task without one.
	 * @throws FormRejectedException when a field is not acceptable
	 * @throws DecisionException when the task's form cannot be found
	 */
	Map<String, Object> submitted(HumanTask task, String formData) {
		if (!DeployedForms.isDeployedForm(task.getFormKey())) {
			return Map.of();
		}
		DeployedForm form = this.forms.find(task.getFormKey())
			.orElseThrow(() -> new DecisionException("form.missing", task.getFormKey()));
		Map<String, Object> values = new HashMap<>(form.check(formData, this.cases.variables(task.getCaseId())));
		for (String reserved : RESERVED) {
			if (values.containsKey(reserved)) {
				values.remove(reserved);
				log.warn("Form {} v{} has a field {} that the portal sets itself; ignored", form.formId(),
						form.version(), reserved);
			}
		}
		return values;
	}

	/** The refused data, to fill the form again; none when it is too large to keep. */
	static String kept(String formData) {
		return (formData != null && formData.length() <= MAX_KEPT) ? formData : null;
	}

}
