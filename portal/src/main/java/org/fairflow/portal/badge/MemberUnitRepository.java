package org.fairflow.portal.badge;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberUnitRepository extends JpaRepository<MemberUnit, Long> {

	boolean existsByOrganiserId(Long organiserId);

	Page<MemberUnit> findByOrganiserId(Long organiserId, Pageable pageable);

	Page<MemberUnit> findByOrganiserIdAndNormalisedNameContainingIgnoreCase(Long organiserId, String part,
			Pageable pageable);

	Optional<MemberUnit> findByIdAndOrganiserId(Long id, Long organiserId);

	boolean existsByOrganiserIdAndNormalisedNameIn(Long organiserId, Collection<String> normalisedNames);

}
