package org.fairflow.portal.production;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production feature's public API: the badge a case has now, for pages that link to
 * its printable view.
 */
@Service
@Transactional(readOnly = true)
public class ProducedBadges {

	private final ProducedBadgeRepository badges;

	ProducedBadges(ProducedBadgeRepository badges) {
		this.badges = badges;
	}

	/** The badge of the case's latest production round, valid or void; empty before. */
	public Optional<Badge> current(String caseId) {
		if (caseId == null) {
			return Optional.empty();
		}
		return this.badges.findFirstByCaseIdOrderByRoundDesc(caseId)
			.map((b) -> new Badge(b.getId(), b.getStatus().name(), b.getRound()));
	}

	/**
	 * @param status {@code VALID} or {@code VOID}
	 */
	public record Badge(String badgeId, String status, int round) {

		public boolean valid() {
			return "VALID".equals(this.status);
		}

		/** The printable page (access checked there). */
		public String printPath() {
			return "/badges/" + this.badgeId;
		}

	}

}
