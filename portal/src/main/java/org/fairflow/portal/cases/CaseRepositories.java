package org.fairflow.portal.cases;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRecordRepository extends JpaRepository<CaseRecord, String> {

	/** Open cases of a process per version: {@code [version, count]}. */
	@Query("""
			select c.processVersion, count(c) from CaseRecord c where c.active = true and c.flow = :flow
			group by c.processVersion""")
	List<Object[]> openPerVersion(@Param("flow") String flow);

	/** Open cases that the engine of this epoch does not run yet, oldest first. */
	@Query("""
			select c.id from CaseRecord c where c.active = true
			and (c.engineEpoch is null or c.engineEpoch <> :epoch) order by c.createdAt, c.id""")
	List<String> openCasesOutside(@Param("epoch") String epoch);

	List<CaseRecord> findByApplicantGroupOrderByCreatedAtDesc(String applicantGroup);

	List<CaseRecord> findByActiveTrueAndFlowAndProcessVersionOrderByCreatedAtAscIdAsc(String flow,
			Integer processVersion);

	java.util.Optional<CaseRecord> findFirstByEngineEpochAndProcessInstanceKey(String epoch, Long processInstanceKey);

	/**
	 * A plain update: checkpoints race with decisions and the latest write must simply
	 * win.
	 */
	@Modifying
	@Query("""
			update CaseRecord c set c.checkpointElement = :element, c.checkpointVariables = :variables,
			c.engineEpoch = :epoch, c.processInstanceKey = :key, c.processVersion = :version, c.updatedAt = :now
			where c.id = :id""")
	int checkpoint(@Param("id") String id, @Param("element") String element, @Param("variables") String variables,
			@Param("epoch") String epoch, @Param("key") long key, @Param("version") int version,
			@Param("now") Instant now);

	@Modifying
	@Query("""
			update CaseRecord c set c.checkpointElement = :element, c.checkpointVariables = :variables,
			c.updatedAt = :now where c.id = :id""")
	int checkpoint(@Param("id") String id, @Param("element") String element, @Param("variables") String variables,
			@Param("now") Instant now);

}

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

	List<CaseEvent> findByCaseIdOrderByOccurredAtAscIdAsc(String caseId);

	boolean existsByDedupeKey(String dedupeKey);

}
