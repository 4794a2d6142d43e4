package org.fairflow.portal.unified;

/**
 * How many persons still wait for their delegation to confirm or decline paying for them.
 * Implemented by the badge feature (which owns the persons), so that this feature need
 * not know them: unified payment cannot be switched off while any person waits.
 */
public interface PendingConfirmations {

	/** Persons waiting for this delegation's decision, in its whole subtree. */
	long waitingFor(Long delegationId);

}
