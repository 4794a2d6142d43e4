package org.fairflow.portal.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredModelRepository extends JpaRepository<StoredModel, Long> {

	List<StoredModel> findAllByOrderByIdAsc();

	Optional<StoredModel> findFirstByResourceNameAndDeployedByOrderByIdDesc(String resourceName, String deployedBy);

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
