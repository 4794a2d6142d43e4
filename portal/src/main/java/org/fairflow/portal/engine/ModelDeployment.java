package org.fairflow.portal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.DeploymentEvent;
import io.grpc.Status;
import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys the models and keeps every deployed resource in the model store, in order.
 *
 * <p>
 * At start-up: an engine state (epoch) that has not had the stored models gets them
 * again, one deployment each in their original order, so that every version number is the
 * one the cases recorded (the in-memory engine forgets everything; a real cluster keeps
 * its versions and is given them only under a new epoch). Then every model shipped with
 * the portal whose bytes differ from the latest stored version of that file is deployed
 * and stored as a new version: on an empty store, the shipped models are the first
 * versions. Shipped files are compared with what was shipped before, not with what a
 * process owner published since: a release that changes a model publishes it anew, one
 * that does not leaves the owner's version the latest.
 */
@Component
public class ModelDeployment {

	static final String SHIPPED = "release";

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	private static final int MAX_DEPLOY_ATTEMPTS = 5;

	/**
	 * A deployment's deadline: well above the client's default, which a busy machine's
	 * start-up (every stored version deployed again) has exceeded.
	 */
	private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration DEPLOY_RETRY_PAUSE = Duration.ofMillis(500);

	private final CamundaClient client;

	private final ShippedModels models;

	private final StoredModelRepository store;

	private final ModelReplayRepository replays;

	private final ModelKeyRepository keys;

	private final EngineEpoch epoch;

	private final AuditTrail audit;

	ModelDeployment(CamundaClient client, ShippedModels models, StoredModelRepository store,
			ModelReplayRepository replays, ModelKeyRepository keys, EngineEpoch epoch, AuditTrail audit) {
		this.client = client;
		this.models = models;
		this.store = store;
		this.replays = replays;
		this.keys = keys;
		this.epoch = epoch;
		this.audit = audit;
	}

	/**
	 * Deploys the models; returns the latest version of each process. Each stored row is
	 * its own transaction, written after the engine took the resource: a start that dies
	 * midway deploys what is missing at the next start.
	 */
	public Map<String, Integer> deploy() {
		if (!this.replays.existsById(this.epoch.current())) {
			replay();
			this.replays.save(new ModelReplay(this.epoch.current(), Instant.now()));
		}
		List<ModelResource> shipped = this.models.resources()
			.stream()
			.map(ModelDeployment::read)
			.sorted(Comparator.comparingInt(ModelResource::deployOrder).thenComparing(ModelResource::name))
			.toList();
		for (ModelResource resource : shipped) {
			boolean changed = this.store.findFirstByResourceNameAndDeployedByOrderByIdDesc(resource.name(), SHIPPED)
				.map((latest) -> !latest.getChecksum().equals(resource.checksum()))
				.orElse(true);
			if (changed) {
				store(resource, deployOne(resource), SHIPPED, null);
			}
		}
		Map<String, Integer> versions = new TreeMap<>();
		for (StoredModel model : this.store.findAllByOrderByIdAsc()) {
			if (model.getKind() == StoredModel.Kind.BPMN && model.getVersion() != null) {
				versions.merge(model.getResourceId(), model.getVersion(), Math::max);
			}
		}
		log.info("Deployed models, process versions: {}", versions);
		return versions;
	}

	/**
	 * Publishes a new version of a model: deploys it (the engine refuses an invalid one,
	 * with its reason) and stores it.
	 * @throws EngineException when the engine refuses it; nothing is stored then
	 */
	public StoredModel publish(String resourceName, byte[] content, String publishedBy, String changeNote) {
		ModelResource resource = new ModelResource(resourceName, content);
		Deployed deployed;
		try {
			deployed = deployOne(resource);
		}
		catch (RuntimeException ex) {
			throw EngineException.of(ex);
		}
		StoredModel stored = store(resource, deployed, publishedBy, changeNote);
		// Only a person's publication is recorded: the shipped models deployed at
		// start-up are the release's, not a change anybody made in the portal.
		this.audit.recordBy(publishedBy, AuditCategory.MODEL, "model.published", "model:" + resourceName,
				resource.kind() + " " + stored.getResourceId() + " v" + stored.getVersion()
						+ ((changeNote != null) ? ", note: " + AuditTrail.excerpt(changeNote, 200) : ""));
		return stored;
	}

	private StoredModel store(ModelResource resource, Deployed deployed, String who, String changeNote) {
		StoredModel stored = this.store.save(new StoredModel(resource, deployed, who, changeNote, Instant.now()));
		remember(deployed, stored);
		return stored;
	}

	/**
	 * Bytes the engine already had as the latest version of a file give that version's
	 * key again: the row that got it first keeps it.
	 */
	private void remember(Deployed deployed, StoredModel model) {
		if (this.keys.findByEngineEpochAndEngineKey(this.epoch.current(), deployed.key()).isEmpty()) {
			this.keys.save(new ModelKey(this.epoch.current(), deployed.key(), model.getId()));
		}
	}

	/**
	 * One version of a process, decision or form ({@code version} {@code null}: the
	 * latest).
	 */
	public Optional<StoredModel> find(StoredModel.Kind kind, String resourceId, Integer version) {
		return (version == null) ? this.store.findFirstByKindAndResourceIdOrderByIdDesc(kind, resourceId)
				: this.store.findFirstByKindAndResourceIdAndVersionOrderByIdDesc(kind, resourceId, version);
	}

	/**
	 * The stored version the engine knows by this key (a job's form key or process
	 * definition key) in the current engine state.
	 */
	public Optional<StoredModel> byEngineKey(long key) {
		return this.keys.findByEngineEpochAndEngineKey(this.epoch.current(), key)
			.flatMap((found) -> this.store.findById(found.getModelId()));
	}

	/**
	 * The key of a stored version in the current engine state, e.g. the process
	 * definition a migration targets.
	 */
	public Optional<Long> engineKey(StoredModel model) {
		return this.keys.findFirstByEngineEpochAndModelIdOrderByIdDesc(this.epoch.current(), model.getId())
			.map(ModelKey::getEngineKey);
	}

	/** One stored version. */
	public Optional<StoredModel> version(long id) {
		return this.store.findById(id);
	}

	/** Every stored version, oldest first. */
	public List<StoredModel> history() {
		return this.store.findAllByOrderByIdAsc();
	}

	/**
	 * Every stored resource again, in order; a version that comes out otherwise is an
	 * error.
	 */
	private void replay() {
		List<StoredModel> history = this.store.findAllByOrderByIdAsc();
		for (StoredModel model : history) {
			Deployed deployed = deployOne(model.resource());
			remember(deployed, model);
			if (!Objects.equals(deployed.version(), model.getVersion())) {
				log.error(
						"Model {} (stored as version {}) was deployed again as version {}: cases recorded on"
								+ " the stored version may resume on another one",
						model.getResourceName(), model.getVersion(), deployed.version());
			}
		}
		if (!history.isEmpty()) {
			log.info("Deployed {} stored model versions again on engine epoch {}", history.size(),
					this.epoch.current());
		}
	}

	/**
	 * One resource in a deployment of its own, so its version depends on nothing else.
	 */
	Deployed deployOne(ModelResource resource) {
		for (int attempt = 1;; attempt++) {
			Optional<Deployed> deployed;
			try {
				deployed = deployed(resource,
						this.client.newDeployResourceCommand()
							.addResourceBytes(resource.content(), resource.name())
							.requestTimeout(DEPLOY_TIMEOUT)
							.send()
							.join());
			}
			catch (ClientStatusException ex) {
				// Seen on a loaded machine at start-up (a kill -9 check with five builds
				// running): the deployment outlived its deadline and the portal did not
				// start.
				// The engine keeps one version of identical content, so sending it again
				// is
				// safe.
				if (attempt == MAX_DEPLOY_ATTEMPTS || !retryable(ex.getStatusCode())) {
					throw ex;
				}
				log.warn("Deploying {} failed ({}); deploying it again", resource.name(), ex.getStatusCode());
				pause();
				continue;
			}
			if (deployed.isPresent()) {
				return deployed.get();
			}
			// Seen once in a test run: an engine that had just started answered a DMN
			// deployment without its decisions. Deploying the same resource again is
			// harmless (the engine keeps one version of identical content).
			if (attempt == MAX_DEPLOY_ATTEMPTS) {
				throw new IllegalStateException("The engine accepted " + resource.name() + " but named no "
						+ resource.kind() + " in its answer, " + attempt + " times");
			}
			log.warn("The engine accepted {} but named no {} in its answer; deploying it again", resource.name(),
					resource.kind());
			pause();
		}
	}

	private static Optional<Deployed> deployed(ModelResource resource, DeploymentEvent event) {
		return switch (resource.kind()) {
			case BPMN -> event.getProcesses()
				.stream()
				.findFirst()
				.map((p) -> new Deployed(p.getBpmnProcessId(), p.getVersion(), resource.versionTag(),
						p.getProcessDefinitionKey()));
			case DMN -> {
				String baseName = resource.name().replaceFirst("\\.dmn$", "");
				yield event.getDecisions()
					.stream()
					.filter((d) -> d.getDmnDecisionId().equals(baseName))
					.findFirst()
					.or(() -> event.getDecisions().stream().findFirst())
					.map((d) -> new Deployed(d.getDmnDecisionId(), d.getVersion(), resource.versionTag(),
							d.getDecisionKey()));
			}
			case FORM -> event.getForm()
				.stream()
				.findFirst()
				.map((f) -> new Deployed(f.getFormId(), f.getVersion(), resource.versionTag(), f.getFormKey()));
		};
	}

	private static boolean retryable(Status.Code code) {
		return code == Status.Code.DEADLINE_EXCEEDED || code == Status.Code.UNAVAILABLE
				|| code == Status.Code.RESOURCE_EXHAUSTED;
	}

	private static void pause() {
		try {
			Thread.sleep(DEPLOY_RETRY_PAUSE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while deploying the models", ex);
		}
	}

	private static ModelResource read(Resource resource) {
		try {
			return new ModelResource(resource.getFilename(), resource.getContentAsByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
