package org.fairflow.portal.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafts waiting for their preview, kept in the database so that a draft survives
 * between the two steps without filling the session. A draft is only ever found for the
 * owner who made it. None lives long: a day at most, and at most {@link #PER_OWNER} per
 * owner (older ones are purged whenever a new one is made).
 */
@Component
class ModelDrafts {

	static final Duration LIFETIME = Duration.ofDays(1);

	static final int PER_OWNER = 10;

	private final ModelDraftRepository repository;

	ModelDrafts(ModelDraftRepository repository) {
		this.repository = repository;
	}

	@Transactional
	ModelDraft create(String owner, String resourceName, byte[] content, Long baseId, ModelDraft.Origin origin,
			String changeNote) {
		Instant now = Instant.now();
		this.repository.deleteCreatedBefore(now.minus(LIFETIME));
		List<ModelDraft> own = this.repository.findByOwnerOrderByIdDesc(owner);
		if (own.size() >= PER_OWNER) {
			this.repository.deleteAll(own.subList(PER_OWNER - 1, own.size()));
		}
		return this.repository.save(new ModelDraft(owner, resourceName, content, baseId, origin, changeNote, now));
	}

	/** The owner's draft; empty for another owner's, an expired or a finished one. */
	@Transactional(readOnly = true)
	Optional<ModelDraft> find(long id, String owner) {
		return this.repository.findById(id)
			.filter((draft) -> draft.getOwner().equals(owner))
			.filter((draft) -> draft.getCreatedAt().isAfter(Instant.now().minus(LIFETIME)));
	}

	@Transactional
	void delete(ModelDraft draft) {
		this.repository.deleteById(draft.getId());
	}

}

interface ModelDraftRepository extends JpaRepository<ModelDraft, Long> {

	List<ModelDraft> findByOwnerOrderByIdDesc(String owner);

	@Modifying
	@Query("delete from ModelDraft d where d.createdAt < :before")
	int deleteCreatedBefore(Instant before);

}
