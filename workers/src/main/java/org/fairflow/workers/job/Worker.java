package org.fairflow.workers.job;

import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;

/**
 * One job type, handled by one class. The portal opens a streaming Camunda job worker for
 * every bean of this type and completes the job with the returned variables, so a worker
 * only says what changed.
 *
 * <p>
 * Business outcomes are thrown as {@link BusinessError} (becomes a BPMN error); any other
 * exception is a technical fault and fails the job, which the engine retries with
 * back-off. Handlers must be idempotent: a retried or re-delivered job may arrive more
 * than once.
 */
public interface Worker {

	/** The job type, kebab-case, exactly as written in the BPMN ({@code send-sms}). */
	String jobType();

	/** Carries out the step; returns only the variables it changed (never null). */
	Map<String, Object> handle(ActivatedJob job) throws Exception;

}
