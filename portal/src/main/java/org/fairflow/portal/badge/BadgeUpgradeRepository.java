package org.fairflow.portal.badge;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BadgeUpgradeRepository extends JpaRepository<BadgeUpgrade, Long> {

	Optional<BadgeUpgrade> findFirstByPersonIdAndStatus(Long personId, BadgeUpgrade.Status status);

	Optional<BadgeUpgrade> findFirstByCaseIdAndStatus(String caseId, BadgeUpgrade.Status status);

	Optional<BadgeUpgrade> findFirstByPaymentItemIdOrderByIdDesc(Long paymentItemId);

}
