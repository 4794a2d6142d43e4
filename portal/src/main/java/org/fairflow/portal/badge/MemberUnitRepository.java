package org.fairflow.portal.badge;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberUnitRepository extends JpaRepository<MemberUnit, Long> {

	boolean existsByOrganiserId(Long organiserId);

	boolean existsByOrganiserIdAndNormalisedNameIn(Long organiserId, Collection<String> normalisedNames);

}
