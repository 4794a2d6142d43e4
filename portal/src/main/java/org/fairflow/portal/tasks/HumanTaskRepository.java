package org.fairflow.portal.tasks;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface HumanTaskRepository extends JpaRepository<HumanTask, Long>, JpaSpecificationExecutor<HumanTask> {

	Optional<HumanTask> findByOpenKey(String openKey);

	List<HumanTask> findByCaseIdOrderByCreatedAtAsc(String caseId);

	List<HumanTask> findByCaseIdAndStatus(String caseId, HumanTask.Status status);

}
