package org.fairflow.portal.unit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByCreditCode(String creditCode);

	Optional<Unit> findByCaseId(String caseId);

}

interface UnitLicenceRepository extends JpaRepository<UnitLicence, Long> {

}
