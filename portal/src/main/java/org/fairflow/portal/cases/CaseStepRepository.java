package org.fairflow.portal.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseStepRepository extends JpaRepository<CaseStep, Long> {

	Optional<CaseStep> findFirstByCaseIdOrderByIdDesc(String caseId);

	List<CaseStep> findByCaseIdOrderByIdAsc(String caseId);

}
