package org.fairflow.workers.notification;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, Long> {

	Optional<OutboundMessage> findByIdempotencyKey(String idempotencyKey);

	/**
	 * The message row locked until the transaction ends (SELECT ... FOR UPDATE), so that
	 * concurrent attempts for one key decide one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from OutboundMessage m where m.idempotencyKey = :key")
	Optional<OutboundMessage> lockByKey(String key);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from OutboundMessage m where m.id = :id")
	Optional<OutboundMessage> lockById(Long id);

	/** Whether another message already holds this provider id. */
	boolean existsByProviderRefAndIdNot(String providerRef, Long id);

	List<OutboundMessage> findByCaseIdOrderByCreatedAtAscIdAsc(String caseId);

}
