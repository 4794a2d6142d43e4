package org.fairflow.workers.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, Long> {

	Optional<OutboundMessage> findByIdempotencyKey(String idempotencyKey);

	List<OutboundMessage> findByCaseIdOrderByCreatedAtAscIdAsc(String caseId);

}
