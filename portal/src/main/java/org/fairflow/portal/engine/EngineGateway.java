package org.fairflow.portal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;

import org.springframework.beans.factory.ObjectProvider;
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

	/**
	 * The embedded engine, whose record stream tells incidents; none for a remote one.
	 */
	private final RecyclableEngine embedded;

	EngineGateway(CamundaClient client, EngineEpoch epoch, ObjectProvider<RecyclableEngine> embedded) {
		this.client = client;
		this.epoch = epoch;
		this.embedded = embedded.getIfAvailable();
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

	/**
	 * Moves a running instance to another version of its process (the engine refuses a
	 * plan it cannot follow, atomically: the instance is then unchanged).
	 * @param mapping source element id to target element id, for every active element
	 * @throws EngineException with reason REFUSED when the engine refuses the plan
	 */
	public void migrate(long processInstanceKey, long targetDefinitionKey, Map<String, String> mapping) {
		if (mapping.isEmpty()) {
			throw new IllegalArgumentException("A migration needs at least one mapping instruction");
		}
		call(() -> {
			var instructions = mapping.entrySet().iterator();
			var first = instructions.next();
			var command = this.client.newMigrateProcessInstanceCommand(processInstanceKey)
				.migrationPlan(targetDefinitionKey)
				.addMappingInstruction(first.getKey(), first.getValue());
			while (instructions.hasNext()) {
				var next = instructions.next();
				command = command.addMappingInstruction(next.getKey(), next.getValue());
			}
			return command.send().join();
		});
	}

	/** Gives a failed job retries again (the first half of retrying an incident). */
	public void updateRetries(long jobKey, int retries) {
		call(() -> this.client.newUpdateRetriesCommand(jobKey).retries(retries).send().join());
	}

	/** Resolves an incident: the engine tries the element again. */
	public void resolveIncident(long incidentKey) {
		call(() -> this.client.newResolveIncidentCommand(incidentKey).send().join());
	}

	/**
	 * Whether incidents can be read from the engine (only the embedded one tells them).
	 */
	public boolean incidentStreamAvailable() {
		return this.embedded != null;
	}

	/**
	 * An incident created or resolved in the engine.
	 *
	 * @param key the incident key
	 * @param resolved whether this is its resolution (else its creation)
	 * @param jobKey the failed job, or -1 when the incident is not a job's (an
	 * expression)
	 */
	public record IncidentEvent(long key, boolean resolved, Instant at, long jobKey, long processInstanceKey,
			long processDefinitionKey, String processId, String elementId, String errorType, String errorMessage) {
	}

	/**
	 * A batch of incident events read from the embedded engine's record stream.
	 *
	 * @param epoch the engine state the events belong to
	 * @param next where the next read of that epoch starts
	 */
	public record IncidentBatch(String epoch, List<IncidentEvent> events, int next) {
	}

	/**
	 * The incident events after position {@code from} in the record stream of the
	 * embedded engine of epoch {@code epoch} (an index into it: one engine's stream only
	 * grows); from its beginning when the engine has been replaced since. Empty when the
	 * engine is remote.
	 */
	public IncidentBatch incidentsFrom(String epoch, int from) {
		if (this.embedded == null) {
			return new IncidentBatch(this.epoch.current(), List.of(), from);
		}
		RecyclableEngine.Generation generation = this.embedded.generation();
		// The stream keeps every record of this engine in a list that only grows; only
		// this reader asks for it, so reading from an index is safe and cheap.
		List<Record<?>> records = asList(generation.engine().getRecordStreamSource().getRecords());
		List<IncidentEvent> events = new ArrayList<>();
		int index = generation.epoch().equals(epoch) ? Math.min(from, records.size()) : 0;
		for (Record<?> record : records.subList(index, records.size())) {
			if (record.getValueType() == ValueType.INCIDENT && record.getRecordType() == RecordType.EVENT
					&& (record.getIntent() == IncidentIntent.CREATED
							|| record.getIntent() == IncidentIntent.RESOLVED)) {
				IncidentRecordValue value = (IncidentRecordValue) record.getValue();
				events.add(new IncidentEvent(record.getKey(), record.getIntent() == IncidentIntent.RESOLVED,
						Instant.ofEpochMilli(record.getTimestamp()), value.getJobKey(), value.getProcessInstanceKey(),
						value.getProcessDefinitionKey(), value.getBpmnProcessId(), value.getElementId(),
						String.valueOf(value.getErrorType()), value.getErrorMessage()));
			}
		}
		return new IncidentBatch(generation.epoch(), events, records.size());
	}

	private static List<Record<?>> asList(Iterable<Record<?>> records) {
		if (records instanceof List<Record<?>> list) {
			return list;
		}
		List<Record<?>> copy = new ArrayList<>();
		records.forEach(copy::add);
		return copy;
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
