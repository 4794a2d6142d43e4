package org.fairflow.portal.production;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and voids badges. One badge per case and round: asking again returns the badge
 * already made, so a retried job never prints twice.
 */
@Service
@Transactional
class BadgeProduction {

	private static final Logger log = LoggerFactory.getLogger(BadgeProduction.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ProducedBadgeRepository badges;

	BadgeProduction(ProducedBadgeRepository badges) {
		this.badges = badges;
	}

	ProducedBadge produce(ProductionOrder order) {
		return this.badges.findByCaseIdAndRound(order.caseId(), order.round()).orElseGet(() -> {
			ProducedBadge badge = this.badges.saveAndFlush(new ProducedBadge(newId(), order));
			log.info("Produced badge {} for case {} round {} ({})", badge.getId(), order.caseId(), order.round(),
					order.badgeType());
			return badge;
		});
	}

	@Transactional(readOnly = true)
	Optional<ProducedBadge> find(String caseId, int round) {
		return this.badges.findByCaseIdAndRound(caseId, round);
	}

	@Transactional(readOnly = true)
	Optional<ProducedBadge> find(String badgeId) {
		return (badgeId == null) ? Optional.empty() : this.badges.findById(badgeId);
	}

	/**
	 * Voids the case's badge {@code badgeId} and any other valid badge of the case (at
	 * this point of the process every badge of the case is the old one). A badge of
	 * another case is left alone; no badge at all is fine.
	 */
	void voidBadges(String caseId, String badgeId) {
		if (badgeId != null) {
			this.badges.findById(badgeId)
				.filter((b) -> !b.getCaseId().equals(caseId))
				.ifPresent((b) -> log.warn("void-badge for case {} names badge {} of another case: left valid", caseId,
						badgeId));
		}
		for (ProducedBadge badge : this.badges.findByCaseIdAndStatus(caseId, ProducedBadge.Status.VALID)) {
			if (badge.voidIt()) {
				log.info("Voided badge {} of case {}", badge.getId(), caseId);
			}
		}
	}

	/** 128 random bits, URL-safe: not guessable, no padding. */
	static String newId() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
