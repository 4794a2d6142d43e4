package org.fairflow.portal.cases;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.engine.ProcessModels;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens cases, keeps their history and status; the public face of this feature. */
@Service
public class Cases {

	public static final String SYSTEM = "system";

	private final CaseRecordRepository records;

	private final CaseEventRepository events;

	private final CaseStepRepository steps;

	private final EngineGateway engine;

	private final ProcessModels models;

	private final Variables variables;

	private final ApplicationEventPublisher publisher;

	Cases(CaseRecordRepository records, CaseEventRepository events, CaseStepRepository steps, EngineGateway engine,
			ProcessModels models, Variables variables, ApplicationEventPublisher publisher) {
		this.records = records;
		this.events = events;
		this.steps = steps;
		this.engine = engine;
		this.models = models;
		this.variables = variables;
		this.publisher = publisher;
	}

	/**
	 * Stores the case and starts its process in one transaction: if the engine refuses,
	 * nothing is stored and the caller shows the error.
	 */
	@Transactional
	public CaseRecord open(NewCase spec) {
		String id = UUID.randomUUID().toString();
		Map<String, Object> start = new HashMap<>(spec.variables());
		start.put("caseId", id);
		start.put("round", 1);
		CaseRecord record = this.records.save(new CaseRecord(id, spec, this.variables.write(start)));
		this.events.save(new CaseEvent(id, spec.actor(), this.models.startEventId(spec.flow(), null).orElse(null),
				"SUBMITTED", null, null, null));
		this.records.flush();
		record.started(this.engine.epoch(), this.engine.start(spec.flow(), null, start));
		return record;
	}

	@Transactional(readOnly = true)
	public Optional<CaseRecord> find(String caseId) {
		return this.records.findById(caseId);
	}

	/**
	 * How many open cases run on each version of a process (key null: cases from before
	 * versions were kept).
	 */
	@Transactional(readOnly = true)
	public Map<Integer, Long> openCasesPerVersion(String flow) {
		Map<Integer, Long> counts = new HashMap<>();
		for (Object[] row : this.records.openPerVersion(flow)) {
			counts.put((Integer) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	/** The open cases running on one version of a process, oldest first. */
	@Transactional(readOnly = true)
	public List<CaseRecord> openCasesOn(String flow, int version) {
		return this.records.findByActiveTrueAndFlowAndProcessVersionOrderByCreatedAtAscIdAsc(flow, version);
	}

	/** The case a process instance of the current engine state runs. */
	@Transactional(readOnly = true)
	public Optional<CaseRecord> byInstance(long processInstanceKey) {
		return this.records.findFirstByEngineEpochAndProcessInstanceKey(this.engine.epoch(), processInstanceKey);
	}

	/**
	 * The engine moved the case's instance to another version: the case resumes on that
	 * version from now on, before its checkpoint element as the target names it.
	 */
	@Transactional
	public void migrated(String caseId, int version, String checkpointElement, String actor, String comment) {
		CaseRecord record = this.records.findById(caseId)
			.orElseThrow(() -> new IllegalStateException("No case " + caseId));
		record.migrated(version, checkpointElement);
		record(caseId, actor, checkpointElement, "MIGRATED", null, comment, null);
	}

	@Transactional(readOnly = true)
	public List<CaseRecord> forApplicant(String applicantGroup) {
		return this.records.findByApplicantGroupOrderByCreatedAtDesc(applicantGroup);
	}

	@Transactional(readOnly = true)
	public List<CaseEvent> history(String caseId) {
		return this.events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
	}

	/**
	 * The steps the case reached, in order (one per job the portal received; a redelivery
	 * of the last one is not repeated), each on the process version it ran on.
	 */
	@Transactional(readOnly = true)
	public List<CaseStep> steps(String caseId) {
		return this.steps.findByCaseIdOrderByIdAsc(caseId);
	}

	/**
	 * Records a history line; with a dedupe key, a second call with the same key is
	 * ignored.
	 */
	@Transactional
	public void record(String caseId, String actor, String step, String event, String decision, String comment,
			String dedupeKey) {
		if (dedupeKey != null && this.events.existsByDedupeKey(dedupeKey)) {
			return;
		}
		this.events.save(new CaseEvent(caseId, actor, step, event, decision, comment, dedupeKey));
	}

	/**
	 * Records a history line that names something besides decision and comment (see
	 * {@link EventDetail}); with a dedupe key, a second call with the same key is
	 * ignored.
	 */
	@Transactional
	public void recordWithDetail(String caseId, String actor, String step, String event, String comment,
			EventDetail detail, String dedupeKey) {
		if (dedupeKey != null && this.events.existsByDedupeKey(dedupeKey)) {
			return;
		}
		this.events.save(new CaseEvent(caseId, actor, step, event, null, comment, dedupeKey).detail(detail));
	}

	/**
	 * Records a person's decision; {@code detail} (may be null) is what the line names
	 * besides decision and comment, e.g. the organisation a reassignment went to.
	 */
	@Transactional
	public void recordDecision(String caseId, String actor, String step, String decision, String comment,
			EventDetail detail) {
		this.events.save(new CaseEvent(caseId, actor, step, "DECIDED", decision, comment, null).detail(detail));
	}

	/**
	 * The application was renamed (a unit corrected its name): lists show the new one.
	 */
	@Transactional
	public void changeTitle(String caseId, String title, String titleEn) {
		this.records.findById(caseId).ifPresent((record) -> record.title(title, titleEn));
	}

	@Transactional
	public void changeScope(String caseId, Long orgId) {
		this.records.findById(caseId).ifPresent((record) -> record.scope(orgId));
	}

	/**
	 * The case's current {@code round}, as last reported by the engine (1 before any
	 * report).
	 */
	@Transactional(readOnly = true)
	public int round(String caseId) {
		return this.records.findById(caseId)
			.map((r) -> this.variables.read(r.getCheckpointVariables()).get("round"))
			.filter(Number.class::isInstance)
			.map((n) -> ((Number) n).intValue())
			.orElse(1);
	}

	/**
	 * The case's variables as last reported by the engine (its checkpoint), e.g. to fill
	 * a task's form; empty for an unknown case.
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> variables(String caseId) {
		return this.records.findById(caseId)
			.map((r) -> this.variables.read(r.getCheckpointVariables()))
			.orElse(Map.of());
	}

	/**
	 * Starts a finished case again before one of its elements, with its last variables
	 * and the given changes: how a change after the end (an upgrade of a delivered badge)
	 * runs through the same model and history. If the engine refuses, nothing changes.
	 * @throws IllegalStateException when the case is still running
	 */
	@Transactional
	public void reopenBefore(String caseId, String elementId, Map<String, Object> changes) {
		CaseRecord record = this.records.findById(caseId)
			.orElseThrow(() -> new IllegalStateException("No case " + caseId));
		if (record.isActive()) {
			throw new IllegalStateException("Case " + caseId + " is still running");
		}
		Map<String, Object> merged = new HashMap<>(this.variables.read(record.getCheckpointVariables()));
		merged.putAll(changes);
		record.reopen(elementId, this.variables.write(merged));
		this.records.flush();
		record.started(this.engine.epoch(),
				this.engine.startBefore(record.getFlow(), record.getProcessVersion(), elementId, merged));
	}

	/** Where the case waits now, as the process owner named the step. */
	@Transactional(readOnly = true)
	public Optional<String> waitingStepName(CaseRecord record) {
		if (!record.isActive() || record.getCheckpointElement() == null) {
			return Optional.empty();
		}
		return this.models.elementName(record.getFlow(), record.getProcessVersion(), record.getCheckpointElement());
	}

	/**
	 * A person finished a task: the case now resumes after it, not at it, if the engine
	 * is lost before the next step reports in.
	 */
	@Transactional
	public void moveCheckpointPast(String caseId, String elementId, Map<String, Object> completion) {
		this.records.findById(caseId).ifPresent((record) -> {
			Map<String, Object> merged = new HashMap<>(this.variables.read(record.getCheckpointVariables()));
			merged.putAll(completion);
			String next = this.models.singleSuccessor(record.getFlow(), record.getProcessVersion(), elementId)
				.orElse(elementId);
			this.records.checkpoint(caseId, next, this.variables.write(merged), Instant.now());
		});
	}

	@Transactional
	void changeStatus(String caseId, String status, String step, String event, String comment, String dedupeKey) {
		CaseRecord record = this.records.findById(caseId)
			.orElseThrow(() -> new IllegalStateException("No case " + caseId));
		record.status(status);
		record(caseId, SYSTEM, step, event, null, comment, dedupeKey);
		this.publisher.publishEvent(new CaseStatusChanged(caseId, record.getFlow(), record.getBusinessKey(), status));
	}

	@Transactional
	void close(String caseId) {
		this.records.findById(caseId).ifPresent(CaseRecord::close);
	}

}
