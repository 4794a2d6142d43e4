package org.fairflow.portal.engine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.camunda.client.CamundaClient;

import org.springframework.stereotype.Component;

/**
 * Every call the portal makes to the engine goes through here, so slice tests can replace
 * it. gRPC only: the in-memory engine has no REST API.
 */
@Component
public class EngineGateway {

	public static final Duration MESSAGE_TIME_TO_LIVE = Duration.ofHours(1);

	private static final Duration TOPOLOGY_TIMEOUT = Duration.ofSeconds(3);

	private final CamundaClient client;

	private final EngineEpoch epoch;

	EngineGateway(CamundaClient client, EngineEpoch epoch) {
		this.client = client;
		this.epoch = epoch;
	}

	public String epoch() {
		return this.epoch.current();
	}

	/**
	 * A started process instance and the version of its definition.
	 *
	 * @param key the process instance key
	 * @param version the definition version it runs on
	 */
	public record StartedInstance(long key, int version) {
	}

	/**
	 * Starts a process: the given version, or the latest when {@code version} is null.
	 */
	public StartedInstance start(String processId, Integer version, Map<String, Object> variables) {
		return startBefore(processId, version, null, variables);
	}

	/**
	 * Starts a process before a given element (at its start event when {@code elementId}
	 * is null): how a case resumes where it waited, on its own version (the latest when
	 * {@code version} is null).
	 */
	public StartedInstance startBefore(String processId, Integer version, String elementId,
			Map<String, Object> variables) {
		return call(() -> {
			var command = this.client.newCreateInstanceCommand().bpmnProcessId(processId);
			var withVariables = ((version != null) ? command.version(version) : command.latestVersion())
				.variables(variables);
			var started = ((elementId != null) ? withVariables.startBeforeElement(elementId) : withVariables).send()
				.join();
			return new StartedInstance(started.getProcessInstanceKey(), started.getVersion());
		});
	}

	/**
	 * Evaluates a deployed decision (a rule a process owner keeps in DMN, such as fees);
	 * returns its output as JSON text ({@code "null"} when no rule matched).
	 */
	public String evaluateDecision(String decisionId, Map<String, Object> variables) {
		return call(() -> this.client.newEvaluateDecisionCommand()
			.decisionId(decisionId)
			.variables(variables)
			.send()
			.join()
			.getDecisionOutput());
	}

	/** Completes a job (a human decision) with the variables it sets. */
	public void completeJob(long jobKey, Map<String, Object> variables) {
		call(() -> this.client.newCompleteCommand(jobKey).variables(variables).send().join());
	}

	/**
	 * Publishes a message that the engine keeps for {@link #MESSAGE_TIME_TO_LIVE}, so
	 * that an answer arriving before its catch event subscribes (a re-run request task, a
	 * resumed case) is still correlated when it does (the engine contract).
	 */
	public void publishMessage(String name, String correlationKey, Map<String, Object> variables) {
		call(() -> this.client.newPublishMessageCommand()
			.messageName(name)
			.correlationKey(correlationKey)
			.timeToLive(MESSAGE_TIME_TO_LIVE)
			.variables(variables)
			.send()
			.join());
	}

	/** Asks the engine for its topology: throws when it cannot be reached in time. */
	public void topology() {
		call(() -> this.client.newTopologyRequest().send().join(TOPOLOGY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
	}

	private static <T> T call(java.util.function.Supplier<T> command) {
		try {
			return command.get();
		}
		catch (RuntimeException ex) {
			throw EngineException.of(ex);
		}
	}

}
