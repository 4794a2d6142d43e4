package org.fairflow.portal.tasks;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HumanTaskRepository extends JpaRepository<HumanTask, Long>, JpaSpecificationExecutor<HumanTask> {

	Optional<HumanTask> findByOpenKey(String openKey);

	List<HumanTask> findByCaseIdOrderByCreatedAtAsc(String caseId);

	List<HumanTask> findByCaseIdAndStatus(String caseId, HumanTask.Status status);

	/** Open tasks offered to a group (pattern as in {@link #countByStep}). */
	@Query("select t from HumanTask t where t.status = :status"
			+ " and concat(',', t.candidateGroups, ',') like :groups escape '\\' order by t.id")
	List<HumanTask> findOfferedTo(@Param("status") HumanTask.Status status, @Param("groups") String groups);

	/** Element id and count of the open tasks of a flow whose groups match a pattern. */
	@Query("select t.elementId, count(t) from HumanTask t where t.status = :status and t.flow = :flow"
			+ " and concat(',', t.candidateGroups, ',') like :groups escape '\\' group by t.elementId")
	List<Object[]> countByStep(@Param("status") HumanTask.Status status, @Param("flow") String flow,
			@Param("groups") String groups);

}
