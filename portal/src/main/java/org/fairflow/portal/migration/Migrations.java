package org.fairflow.portal.migration;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.StoredModel;
import org.fairflow.portal.tasks.TaskMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a migration case by case: the engine moves each instance or refuses it atomically;
 * a moved case then records its new version and checkpoint, its open tasks take the
 * target model's details and its history says who moved it. Every outcome is stored with
 * the run.
 */
@Service
class Migrations {

	private static final Logger log = LoggerFactory.getLogger(Migrations.class);

	private final MigrationPlanner planner;

	private final EngineGateway engine;

	private final ModelDeployment deployment;

	private final Cases cases;

	private final TaskMigration tasks;

	private final MigrationRunRepository runs;

	private final MigratedCaseRepository outcomes;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	Migrations(MigrationPlanner planner, EngineGateway engine, ModelDeployment deployment, Cases cases,
			TaskMigration tasks, MigrationRunRepository runs, MigratedCaseRepository outcomes,
			PlatformTransactionManager transactions, AuditTrail audit) {
		this.planner = planner;
		this.engine = engine;
		this.deployment = deployment;
		this.cases = cases;
		this.tasks = tasks;
		this.runs = runs;
		this.outcomes = outcomes;
		this.transactions = new TransactionTemplate(transactions);
		this.audit = audit;
	}

	MigrationPlanner.Plan preview(String processId, int from, int to, Map<String, String> mapping, Locale locale) {
		return this.planner.plan(processId, from, to, mapping, locale);
	}

	/**
	 * Migrates every open case of the source version that the plan fits; returns the
	 * run's id.
	 * @throws MigrationException when the plan itself is invalid (nothing is stored then)
	 */
	long execute(String processId, int from, int to, Map<String, String> mapping, String who, Locale locale) {
		MigrationPlanner.Plan plan = this.planner.plan(processId, from, to, mapping, locale);
		long targetKey = this.deployment.find(StoredModel.Kind.BPMN, processId, to)
			.flatMap(this.deployment::engineKey)
			.orElseThrow(() -> new MigrationException("migration.notDeployed", to));
		String described = plan.choices()
			.stream()
			.map((c) -> c.sourceId() + " → " + c.targetId())
			.collect(Collectors.joining(", "));
		MigrationRun run = this.runs.save(new MigrationRun(processId, from, to, described, who));
		int migrated = 0;
		int refused = 0;
		for (MigrationPlanner.CasePlan casePlan : plan.cases()) {
			MigratedCase outcome = migrate(run, casePlan, targetKey, who);
			this.outcomes.save(outcome);
			if (outcome.getOutcome() == MigratedCase.Outcome.REFUSED) {
				refused++;
			}
			else {
				migrated++;
			}
		}
		run.counted(migrated, refused);
		this.runs.save(run);
		this.audit.record(AuditCategory.MODEL, "model.migrated", "process:" + processId,
				"v" + from + " → v" + to + ", migrated " + migrated + ", refused " + refused + ", run " + run.getId()
						+ (described.isEmpty() ? "" : ", mapping: " + AuditTrail.excerpt(described, 300)));
		return run.getId();
	}

	private MigratedCase migrate(MigrationRun run, MigrationPlanner.CasePlan plan, long targetKey, String who) {
		String caseId = plan.record().getId();
		String where = String.join(", ", plan.where());
		if (plan.refusal() != null) {
			return outcome(run, plan, where, MigratedCase.Outcome.REFUSED, plan.refusal(), null);
		}
		try {
			this.engine.migrate(plan.record().getProcessInstanceKey(), targetKey, plan.instructions());
		}
		catch (EngineException ex) {
			String key = switch (ex.reason()) {
				case REFUSED -> "migration.refusal.engine";
				case NOT_FOUND -> "migration.refusal.gone";
				case UNAVAILABLE -> "migration.refusal.unavailable";
			};
			return outcome(run, plan, where, MigratedCase.Outcome.REFUSED, new MigrationPlanner.Refusal(key),
					ex.engineMessage());
		}
		String checkpoint = plan.record().getCheckpointElement();
		String mappedCheckpoint = (checkpoint != null) ? plan.instructions().getOrDefault(checkpoint, checkpoint)
				: null;
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.cases.migrated(caseId, run.getTargetVersion(), mappedCheckpoint, who,
						"v" + run.getSourceVersion() + " → v" + run.getTargetVersion());
				this.tasks.migrated(caseId, run.getTargetVersion(), plan.instructions());
			});
		}
		catch (RuntimeException ex) {
			log.error("Case {} was migrated by the engine, but the portal could not record it", caseId, ex);
			return outcome(run, plan, where, MigratedCase.Outcome.NOT_RECORDED,
					new MigrationPlanner.Refusal("migration.notRecorded"), ex.getMessage());
		}
		return outcome(run, plan, where, MigratedCase.Outcome.MIGRATED, null, null);
	}

	private static MigratedCase outcome(MigrationRun run, MigrationPlanner.CasePlan plan, String where,
			MigratedCase.Outcome outcome, MigrationPlanner.Refusal reason, String engineMessage) {
		return new MigratedCase(run.getId(), plan.record().getId(), plan.record().getTitle(), where, outcome, reason,
				engineMessage);
	}

	Page<MigrationRun> runs(Pageable pageable) {
		return this.runs.findAllByOrderByStartedAtDescIdDesc(pageable);
	}

	java.util.Optional<MigrationRun> run(long id) {
		return this.runs.findById(id);
	}

	Page<MigratedCase> outcomes(long runId, Pageable pageable) {
		return this.outcomes.findByRunIdOrderByIdAsc(runId, pageable);
	}

	/** The processes with their versions, for the owner's choice. */
	Map<String, java.util.List<Integer>> processVersions() {
		return this.deployment.history()
			.stream()
			.filter((m) -> m.getKind() == StoredModel.Kind.BPMN && m.getVersion() != null)
			.collect(Collectors.groupingBy(StoredModel::getResourceId, java.util.TreeMap::new,
					Collectors.mapping(StoredModel::getVersion, Collectors
						.collectingAndThen(Collectors.toCollection(java.util.TreeSet::new), java.util.List::copyOf))));
	}

	Map<Integer, Long> openCasesPerVersion(String processId) {
		return this.cases.openCasesPerVersion(processId);
	}

}
