package org.fairflow.portal.tasks;

import java.util.List;
import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.engine.ProcessModels;
import org.fairflow.portal.engine.UserTaskJobHandler;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns user-task jobs into inbox entries. A job delivered again (time-out, or a new
 * engine epoch after a restart) updates the open task of the same case and step, keeping
 * its claim and history, instead of creating a second one.
 */
@Component
class TaskInbox implements UserTaskJobHandler {

	private final HumanTaskRepository tasks;

	private final Cases cases;

	private final EngineGateway engine;

	private final ProcessModels models;

	private final List<ApplicantLookup> applicants;

	private final GroupRedirects redirects;

	TaskInbox(HumanTaskRepository tasks, Cases cases, EngineGateway engine, ProcessModels models,
			List<ApplicantLookup> applicants, GroupRedirects redirects) {
		this.tasks = tasks;
		this.cases = cases;
		this.engine = engine;
		this.models = models;
		this.applicants = applicants;
		this.redirects = redirects;
	}

	@Override
	@Transactional
	public void onUserTask(ActivatedJob job) {
		Map<String, Object> vars = job.getVariablesAsMap();
		String caseId = String.valueOf(vars.get("caseId"));
		CaseRecord record = this.cases.find(caseId)
			.orElseThrow(() -> new IllegalStateException("User task " + job.getElementId() + " has no case"));
		String name = this.models
			.elementName(job.getBpmnProcessId(), job.getProcessDefinitionVersion(), job.getElementId())
			.orElse(job.getElementId());
		TaskHeaders headers = this.redirects.apply(TaskHeaders.from(job.getCustomHeaders(), name),
				record.getScopeOrgId());
		HumanTask task = this.tasks.findByOpenKey(caseId + "/" + job.getElementId()).orElse(null);
		if (task == null) {
			int round = ((Number) vars.getOrDefault("round", 1)).intValue();
			task = new HumanTask(caseId, job.getBpmnProcessId(), job.getElementId(), headers, record.getScopeOrgId(),
					round);
			this.cases.record(caseId, Cases.SYSTEM, job.getElementId(), "TASK_CREATED", null, null,
					caseId + "/" + job.getElementId() + "/" + round + "/task");
		}
		else if (task.getJobKey() != job.getKey() || !this.engine.epoch().equals(task.getEngineEpoch())) {
			task.apply(headers);
		}
		// else: the same job again (its timeout ran out). Its headers are the ones it was
		// activated with, which a migration since has replaced with the target model's.
		task.redelivered(job.getKey(), this.engine.epoch());
		// Refreshed on every delivery: a unit may have corrected its name since.
		ApplicantLookup.Applicant applicant = this.applicants.stream()
			.flatMap((lookup) -> lookup.find(record.getApplicantGroup()).stream())
			.findFirst()
			.orElse(null);
		task.applicant(record.getTitle(), record.getTitleEn(), (applicant != null) ? applicant.unitName() : null,
				(applicant != null) ? applicant.unitNameEn() : null,
				(applicant != null) ? applicant.creditCode() : null);
		this.tasks.save(task);
	}

}
