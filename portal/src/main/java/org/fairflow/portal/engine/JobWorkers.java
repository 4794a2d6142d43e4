package org.fairflow.portal.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobHandler;
import io.camunda.client.api.worker.JobWorker;
import io.grpc.Status;
import jakarta.annotation.PreDestroy;
import org.fairflow.workers.job.BusinessError;
import org.fairflow.workers.job.RetryLater;
import org.fairflow.workers.job.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens one streaming job worker per {@link Worker} bean plus the human-task inbox,
 * records each activation as the case's checkpoint, and maps outcomes: BPMN error for
 * business results, job failure with back-off for technical faults.
 */
@Component
class JobWorkers {

	private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

	private final CamundaClient client;

	private final List<Worker> workers;

	private final List<JobActivationListener> listeners;

	private final List<UserTaskJobHandler> userTaskHandlers;

	private final EngineProperties properties;

	private final Duration backoff;

	private final List<JobWorker> open = new ArrayList<>();

	/** Handlers running now: an engine is replaced only once they are done. */
	private final InFlight running = new InFlight();

	JobWorkers(CamundaClient client, List<Worker> workers, List<JobActivationListener> listeners,
			List<UserTaskJobHandler> userTaskHandlers, EngineProperties properties,
			@Value("${fairflow.engine.retry-backoff:PT10S}") Duration backoff) {
		this.client = client;
		this.workers = workers;
		this.listeners = listeners;
		this.userTaskHandlers = userTaskHandlers;
		this.properties = properties;
		this.backoff = backoff;
	}

	synchronized void open() {
		if (!this.open.isEmpty()) {
			return;
		}
		for (Worker worker : this.workers) {
			this.open.add(worker(worker.jobType(), Duration.ofMinutes(5), serviceHandler(worker)));
		}
		for (UserTaskJobHandler handler : this.userTaskHandlers) {
			this.open.add(worker(UserTaskJobHandler.USER_TASK_JOB_TYPE,
					Duration.ofDays(this.properties.userTaskTimeoutDays()), userTaskHandler(handler)));
		}
		log.info("Opened {} job workers", this.open.size());
	}

	private JobWorker worker(String type, Duration timeout, JobHandler handler) {
		return this.client.newWorker()
			.jobType(type)
			.handler(counted(handler))
			.name("fairflow-portal")
			.timeout(timeout)
			.streamEnabled(true)
			.open();
	}

	// Package-private for its test.
	JobHandler counted(JobHandler handler) {
		return (jobClient, job) -> {
			this.running.begin();
			try {
				handler.handle(jobClient, job);
			}
			finally {
				this.running.end();
			}
		};
	}

	/**
	 * Waits until no handler runs, at most {@code limit}; call after {@link #close()}, so
	 * that no new job starts meanwhile.
	 * @return whether that moment came
	 */
	boolean awaitIdle(Duration limit) throws InterruptedException {
		return this.running.awaitNone(limit);
	}

	// Package-private for its test.
	JobHandler serviceHandler(Worker worker) {
		return (jobClient, job) -> {
			try {
				this.listeners.forEach((listener) -> listener.activated(job));
				Map<String, Object> variables = worker.handle(job);
				jobClient.newCompleteCommand(job).variables(variables).send().join();
			}
			catch (BusinessError error) {
				// The engine does not hand a BPMN error's message to the catch event:
				// only
				// variables sent with the command reach it (a boundary maps
				// errorMessage).
				String message = (error.getMessage() != null) ? error.getMessage() : "";
				jobClient.newThrowErrorCommand(job)
					.errorCode(error.errorCode())
					.errorMessage(message)
					.variables(Map.of("errorMessage", message))
					.send()
					.join();
			}
			catch (RetryLater later) {
				retryLater(jobClient, job, later);
			}
			catch (Exception ex) {
				fail(jobClient, job, ex);
			}
		};
	}

	/**
	 * The worker cannot decide yet (another attempt of the same message may still be at
	 * the provider): tried again after the wait it asks for, without using up a retry, so
	 * that waiting never ends in an incident.
	 */
	private void retryLater(JobClient jobClient, ActivatedJob job, RetryLater later) {
		Duration wait = (later.after().compareTo(this.backoff) > 0) ? later.after() : this.backoff;
		log.info("Job {} ({}) of case {} is tried again in {}: {}", job.getKey(), job.getType(),
				job.getVariablesAsMap().get("caseId"), wait, later.getMessage());
		failCommand(jobClient, job, job.getRetries(), wait, later.getMessage());
	}

	private JobHandler userTaskHandler(UserTaskJobHandler handler) {
		return (jobClient, job) -> {
			try {
				this.listeners.forEach((listener) -> listener.activated(job));
				handler.onUserTask(job);
			}
			catch (Exception ex) {
				fail(jobClient, job, ex);
			}
		};
	}

	private void fail(JobClient jobClient, ActivatedJob job, Exception ex) {
		int retries = Math.max(0, job.getRetries() - 1);
		log.warn("Job {} ({}) of case {} failed, {} retries left: {}", job.getKey(), job.getType(),
				job.getVariablesAsMap().get("caseId"), retries, ex.toString());
		failCommand(jobClient, job, retries, this.backoff, String.valueOf(ex.getMessage()));
	}

	private void failCommand(JobClient jobClient, ActivatedJob job, int retries, Duration backoff, String message) {
		try {
			jobClient.newFailCommand(job).retries(retries).retryBackoff(backoff).errorMessage(message).send().join();
		}
		catch (ClientStatusException gone) {
			if (gone.getStatus().getCode() != Status.Code.NOT_FOUND) {
				throw gone;
			}
			// Interrupted meanwhile (a cancellation, an upgrade): nothing is left to
			// retry.
			log.info("Job {} ({}) of case {} no longer exists; its failure is dropped", job.getKey(), job.getType(),
					job.getVariablesAsMap().get("caseId"));
		}
	}

	@PreDestroy
	synchronized void close() {
		this.open.forEach(JobWorker::close);
		this.open.clear();
	}

}
