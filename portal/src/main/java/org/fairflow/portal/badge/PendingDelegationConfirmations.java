package org.fairflow.portal.badge;

import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.unified.PendingConfirmations;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells unified payment how many persons still wait for a delegation's decision (status
 * {@code AWAITING_DELEGATION}, anywhere in its subtree), so that it is not switched off
 * under them.
 */
@Component
class PendingDelegationConfirmations implements PendingConfirmations {

	private final AwaitingDelegationRepository persons;

	private final Organisations organisations;

	PendingDelegationConfirmations(AwaitingDelegationRepository persons, Organisations organisations) {
		this.persons = persons;
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public long waitingFor(Long delegationId) {
		var subtree = this.organisations.subtree(delegationId);
		return subtree.isEmpty() ? 0 : this.persons.countAwaitingIn(subtree);
	}

}
