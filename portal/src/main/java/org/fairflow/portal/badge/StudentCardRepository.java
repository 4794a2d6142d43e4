package org.fairflow.portal.badge;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudentCardRepository extends JpaRepository<StudentCard, Long> {

	Optional<StudentCard> findByPersonId(Long personId);

	boolean existsByPersonIdAndStatus(Long personId, StudentCard.Status status);

	Page<StudentCard> findByStatusAndOrganisationIdIn(StudentCard.Status status, Collection<Long> organisationIds,
			Pageable pageable);

}
