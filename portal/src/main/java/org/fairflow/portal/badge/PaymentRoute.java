package org.fairflow.portal.badge;

import org.springframework.stereotype.Component;

/** Whether a delegation pays its units' visitor badges (unified payment, 统付). */
@Component
class PaymentRoute {

	boolean delegationPays(Long delegationId) {
		return false;
	}

}
