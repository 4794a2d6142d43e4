package org.fairflow.portal.production;

import org.springframework.stereotype.Component;

/**
 * Reads a scanned QR token: a genuine valid badge, a voided one, or not a badge at all.
 */
@Component
class BadgeVerification {

	enum State {

		VALID, VOID, INVALID

	}

	/**
	 * @param badge null when {@code INVALID}
	 */
	record Result(State state, ProducedBadge badge) {
	}

	private final BadgeSigner signer;

	private final BadgeProduction production;

	BadgeVerification(BadgeSigner signer, BadgeProduction production) {
		this.signer = signer;
		this.production = production;
	}

	Result check(String token) {
		return this.signer.badgeIdOf(token)
			.flatMap(this.production::find)
			.map((b) -> new Result(b.isValid() ? State.VALID : State.VOID, b))
			.orElseGet(() -> new Result(State.INVALID, null));
	}

}
