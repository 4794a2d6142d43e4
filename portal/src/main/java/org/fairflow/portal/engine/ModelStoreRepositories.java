package org.fairflow.portal.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredModelRepository extends JpaRepository<StoredModel, Long> {

	List<StoredModel> findAllByOrderByIdAsc();

	Optional<StoredModel> findFirstByResourceNameAndDeployedByOrderByIdDesc(String resourceName, String deployedBy);

	Optional<StoredModel> findFirstByKindAndResourceIdAndVersionOrderByIdDesc(StoredModel.Kind kind, String resourceId,
			Integer version);

	Optional<StoredModel> findFirstByKindAndResourceIdOrderByIdDesc(StoredModel.Kind kind, String resourceId);

}

interface ModelKeyRepository extends JpaRepository<ModelKey, Long> {

	Optional<ModelKey> findByEngineEpochAndEngineKey(String engineEpoch, long engineKey);

	Optional<ModelKey> findFirstByEngineEpochAndModelIdOrderByIdDesc(String engineEpoch, long modelId);

}

/** The key one stored version has on one engine state (epoch). */
@Entity
@Table(name = "model_key")
class ModelKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "engine_epoch", nullable = false)
	private String engineEpoch;

	@Column(name = "engine_key", nullable = false)
	private long engineKey;

	@Column(name = "model_id", nullable = false)
	private long modelId;

	protected ModelKey() {
	}

	ModelKey(String engineEpoch, long engineKey, long modelId) {
		this.engineEpoch = engineEpoch;
		this.engineKey = engineKey;
		this.modelId = modelId;
	}

	long getEngineKey() {
		return this.engineKey;
	}

	long getModelId() {
		return this.modelId;
	}

}

interface ModelReplayRepository extends JpaRepository<ModelReplay, String> {

}

/** An engine state (epoch) that has every stored model. */
@Entity
@Table(name = "model_replay")
class ModelReplay {

	@Id
	private String epoch;

	@Column(name = "replayed_at", nullable = false)
	private Instant replayedAt;

	protected ModelReplay() {
	}

	ModelReplay(String epoch, Instant replayedAt) {
		this.epoch = epoch;
		this.replayedAt = replayedAt;
	}

}
