package org.fairflow.portal.incidents;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IncidentRepository extends JpaRepository<Incident, Long> {

	Optional<Incident> findByEngineEpochAndIncidentKey(String engineEpoch, long incidentKey);

	List<Incident> findByEngineEpochAndCaseIdIsNullAndResolvedAtIsNull(String engineEpoch);

	List<Incident> findByCaseIdOrderByCreatedAtDescIdDesc(String caseId);

	long countByResolvedAtIsNull();

	/** Open incidents per process: {@code [processId, count]}. */
	@Query("select i.processId, count(i) from Incident i where i.resolvedAt is null group by i.processId")
	List<Object[]> openPerProcess();

	@Query("""
			select i from Incident i where (:process is null or i.processId = :process)
			and (:all = true or i.resolvedAt is null) order by i.createdAt desc, i.id desc""")
	Page<Incident> list(@Param("process") String process, @Param("all") boolean all, Pageable pageable);

}
