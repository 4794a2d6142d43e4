package org.fairflow.portal.tasks;

import java.util.Map;

import org.fairflow.portal.cases.Cases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox after a case moved to another version of its process: its open tasks take the
 * element id, name, groups, decisions, form and due date the target version gives them,
 * because the engine's job keeps the headers it was activated with.
 */
@Service
public class TaskMigration {

	private final HumanTaskRepository tasks;

	private final ModelTaskHeaders headers;

	private final Cases cases;

	private final GroupRedirects redirects;

	TaskMigration(HumanTaskRepository tasks, ModelTaskHeaders headers, Cases cases, GroupRedirects redirects) {
		this.tasks = tasks;
		this.headers = headers;
		this.cases = cases;
		this.redirects = redirects;
	}

	/**
	 * @param mapping source element id to target element id (an element not in it keeps
	 * its id)
	 */
	@Transactional
	public void migrated(String caseId, int targetVersion, Map<String, String> mapping) {
		Map<String, Object> variables = this.cases.variables(caseId);
		for (HumanTask task : this.tasks.findByCaseIdAndStatus(caseId, HumanTask.Status.OPEN)) {
			String target = mapping.getOrDefault(task.getElementId(), task.getElementId());
			TaskHeaders fromModel = this.headers.of(task.getFlow(), targetVersion, target, variables, task)
				.orElseThrow(() -> new IllegalStateException(
						"Version " + targetVersion + " of " + task.getFlow() + " has no element " + target));
			task.migrated(target, this.redirects.apply(fromModel, task.getScopeOrgId()));
		}
	}

}
