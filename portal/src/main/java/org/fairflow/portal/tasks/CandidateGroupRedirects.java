package org.fairflow.portal.tasks;

/**
 * Where a task offered to a group goes instead, decided when the inbox stores it. A case
 * keeps the groups it started with in its process variables, so a task arriving after the
 * organiser deactivated or moved an organisation would otherwise wait for people who can
 * no longer work it. Implemented above this module (the admin module), so the inbox needs
 * no knowledge of the delegation tree's history.
 */
public interface CandidateGroupRedirects {

	/**
	 * @param group one candidate group of the task, as the model gave it
	 * @param scopeOrgId the organisation the task's case belongs to, or null
	 * @return the group to offer the task to instead, or {@code group} itself
	 */
	String redirect(String group, Long scopeOrgId);

}
