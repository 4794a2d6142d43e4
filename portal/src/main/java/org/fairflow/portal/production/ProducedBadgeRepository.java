package org.fairflow.portal.production;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProducedBadgeRepository extends JpaRepository<ProducedBadge, String> {

	Optional<ProducedBadge> findByCaseIdAndRound(String caseId, int round);

	Optional<ProducedBadge> findFirstByCaseIdOrderByRoundDesc(String caseId);

	List<ProducedBadge> findByCaseIdAndStatus(String caseId, ProducedBadge.Status status);

}
