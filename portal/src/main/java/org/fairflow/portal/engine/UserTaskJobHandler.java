package org.fairflow.portal.engine;

import io.camunda.client.api.response.ActivatedJob;

/**
 * Receives the jobs of job-based user tasks. The job stays active (locked to the portal)
 * until a person decides and the portal completes it.
 */
public interface UserTaskJobHandler {

	String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";

	void onUserTask(ActivatedJob job);

}
