package org.fairflow.portal.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByCreditCode(String creditCode);

	Optional<Unit> findByCaseId(String caseId);

	List<Unit> findAllByCreditCodeIn(Collection<String> creditCodes);

	List<Unit> findAllByOrganisationIdOrderByIdAsc(Long organisationId);

	List<Unit> findAllByOrganisationIdInOrderByIdAsc(Collection<Long> organisationIds);

	List<Unit> findAllByOrganisationIdIn(Collection<Long> organisationIds, Pageable page);

	long countByOrganisationIdIn(Collection<Long> organisationIds);

}

interface UnitLicenceRepository extends JpaRepository<UnitLicence, Long> {

}
