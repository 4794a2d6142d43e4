package org.fairflow.portal.badge;

import java.util.Collection;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Persons waiting for their delegation's unified-payment decision. */
interface AwaitingDelegationRepository extends Repository<Person, Long> {

	/**
	 * Persons awaiting the decision whose unit is registered to one of these
	 * organisations.
	 */
	@Query(value = "select count(*) from badge_person p join unit u on u.id = p.unit_id"
			+ " where p.status = 'AWAITING_DELEGATION' and u.organisation_id in (?1)", nativeQuery = true)
	long countAwaitingIn(Collection<Long> organisationIds);

}
