package org.fairflow.processes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays the workers and the portal in the process tests by activating and completing jobs
 * on the test engine.
 * <p>
 * It exists so that {@link UnitReviewProcessTest} and {@link BadgeReviewProcessTest}
 * drive their processes in one and the same way instead of each keeping its own copy of
 * these helpers: starting an instance, completing the service jobs (case status, SMS,
 * e-mail) until the instance waits for something else, recording the process-end
 * {@code close-case} jobs apart, activating user tasks and single jobs, and waiting for
 * the engine to be idle after each completion. What differs between the processes stays
 * in the tests: each passes its own check of the notification texts, run on every SMS and
 * e-mail job before it is completed.
 */
class JobDriver {

	/** The job type of the user tasks, which the portal works on. */
	static final String USER_TASK = "io.camunda.zeebe:userTask";

	/** How long to wait for the engine to finish what a command set off. */
	static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

	private static final List<String> SERVICE_JOB_TYPES = List.of("update-case-status", "send-sms", "send-email");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final List<ActivatedJob> closeCaseJobs = new ArrayList<>();

	private final ZeebeClient client;

	private final ZeebeTestEngine engine;

	private final String workerName;

	private final Consumer<ActivatedJob> notificationTextsCheck;

	/**
	 * @param client the client of the test engine
	 * @param engine the test engine, waited on after every completion
	 * @param workerName the worker name the jobs are activated with
	 * @param notificationTextsCheck asserts the texts of an SMS or e-mail job before it
	 * is completed
	 */
	JobDriver(ZeebeClient client, ZeebeTestEngine engine, String workerName,
			Consumer<ActivatedJob> notificationTextsCheck) {
		this.client = client;
		this.engine = engine;
		this.workerName = workerName;
		this.notificationTextsCheck = notificationTextsCheck;
	}

	/**
	 * Starts an instance of the latest version of a process and waits until the engine is
	 * idle.
	 * @param bpmnProcessId the process to start
	 * @param variables the variables the portal sets at start
	 * @return the started instance
	 */
	ProcessInstanceEvent start(String bpmnProcessId, Map<String, Object> variables) throws Exception {
		ProcessInstanceEvent instance = this.client.newCreateInstanceCommand()
			.bpmnProcessId(bpmnProcessId)
			.latestVersion()
			.variables(variables)
			.send()
			.join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
		return instance;
	}

	/**
	 * The {@code close-case} jobs completed so far, in the order they were activated.
	 * @return the live list of the process-end listener's jobs
	 */
	List<ActivatedJob> closeCaseJobs() {
		return this.closeCaseJobs;
	}

	/**
	 * Completes every update-case-status, send-sms and send-email job, again and again,
	 * until the instance waits for something else (a person, a message, or its end).
	 * @return the completed jobs in the order they were activated
	 */
	List<ActivatedJob> completeServiceJobs() throws Exception {
		List<ActivatedJob> completed = new ArrayList<>();
		int before;
		do {
			before = completed.size() + this.closeCaseJobs.size();
			for (String type : SERVICE_JOB_TYPES) {
				completed.addAll(completeAllJobsOfType(type));
			}
			// The process-end listener: recorded apart, it is not a step of the flow.
			this.closeCaseJobs.addAll(completeAllJobsOfType("close-case"));
		}
		while (completed.size() + this.closeCaseJobs.size() > before);
		return completed;
	}

	private List<ActivatedJob> completeAllJobsOfType(String type) throws Exception {
		List<ActivatedJob> jobs = activate(type);
		for (ActivatedJob job : jobs) {
			if (type.startsWith("send-")) {
				this.notificationTextsCheck.accept(job);
			}
			complete(job, Map.of());
		}
		return jobs;
	}

	ActivatedJob userTask(String elementId) {
		List<ActivatedJob> jobs = activate(USER_TASK);
		assertThat(elementIds(jobs)).containsExactly(elementId);
		return jobs.get(0);
	}

	ActivatedJob activateSingle(String type) {
		List<ActivatedJob> jobs = activate(type);
		assertThat(jobs).as("jobs of type %s", type).hasSize(1);
		return jobs.get(0);
	}

	List<ActivatedJob> activate(String type) {
		return this.client.newActivateJobsCommand()
			.jobType(type)
			.maxJobsToActivate(10)
			.timeout(Duration.ofMinutes(5))
			.workerName(this.workerName)
			.send()
			.join()
			.getJobs();
	}

	void complete(ActivatedJob job, Map<String, Object> variables) throws Exception {
		this.client.newCompleteCommand(job.getKey()).variables(variables).send().join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
	}

	static List<String> candidateGroups(ActivatedJob task) throws Exception {
		String header = task.getCustomHeaders().get("io.camunda.zeebe:candidateGroups");
		assertThat(header).as("candidate groups of %s", task.getElementId()).isNotNull();
		return JSON.readValue(header, new TypeReference<List<String>>() {
		});
	}

	static List<String> elementIds(List<ActivatedJob> jobs) {
		return jobs.stream().map(ActivatedJob::getElementId).toList();
	}

}
