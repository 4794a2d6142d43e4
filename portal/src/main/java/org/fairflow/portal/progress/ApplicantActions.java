package org.fairflow.portal.progress;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.engine.ProcessModels;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.processes.ModelElements;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Whether a case waits for its applicant, and where the applicant acts. Read off the
 * model, not the status: an open task offered to one of the applicant's groups (its page
 * chosen by the task's form key, as the process owner names it), or a checkpoint at the
 * job that asks for payment ({@code request-payment}).
 */
@Component
class ApplicantActions {

	/**
	 * The portal's pages where an applicant completes a task, by the task's form key;
	 * {@code {businessKey}} stands for the case's business key (the application's id).
	 */
	private static final Map<String, String> PAGES = Map.of("unit-resubmit", "/unit", "meeting-supplement",
			"/meetings/{businessKey}/supplement");

	private static final String PAYMENT_JOB = "request-payment";

	private final ProcessModels models;

	ApplicantActions(ProcessModels models) {
		this.models = models;
	}

	Optional<ApplicantAction> of(CaseRecord record, List<HumanTask> openTasks, PortalUser user, Locale locale) {
		if (!record.isActive()) {
			return Optional.empty();
		}
		Optional<ApplicantAction> task = openTasks.stream()
			.filter((t) -> t.offeredTo(List.of(record.getApplicantGroup())) && t.offeredTo(user.groups()))
			.findFirst()
			.map((t) -> new ApplicantAction(t.title(locale), null, page(t.getFormKey(), record.getBusinessKey())));
		if (task.isPresent()) {
			return task;
		}
		return this.models.flowNode(record.getFlow(), record.getProcessVersion(), record.getCheckpointElement())
			.filter((node) -> PAYMENT_JOB.equals(ModelElements.jobType(node)))
			.filter((node) -> user.groups().contains(record.getApplicantGroup()))
			.map((node) -> new ApplicantAction(null, "progress.action.pay", "/payment"));
	}

	/**
	 * The page of a form key for the case with this business key, or null when the portal
	 * has none.
	 */
	static String page(String formKey, String businessKey) {
		String page = (formKey != null) ? PAGES.get(formKey) : null;
		return (page != null)
				? page.replace("{businessKey}", UriUtils.encodePathSegment(businessKey, StandardCharsets.UTF_8)) : null;
	}

}
