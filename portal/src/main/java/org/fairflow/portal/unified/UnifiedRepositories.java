package org.fairflow.portal.unified;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UnifiedSettingRepository extends JpaRepository<UnifiedSetting, Long> {

	/**
	 * Makes sure the delegation has a row (off, no cap) without failing when two requests
	 * make it at once.
	 */
	@Modifying
	@Query(value = "insert into unified_payment (delegation_id, enabled, updated_by, updated_at, version)"
			+ " values (?1, false, ?2, ?3, 0) on conflict do nothing", nativeQuery = true)
	void ensure(Long delegationId, String actor, Instant now);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from UnifiedSetting s where s.delegationId = ?1")
	Optional<UnifiedSetting> lock(Long delegationId);

}

interface SwitchCodeRepository extends JpaRepository<SwitchCode, Long> {

	Optional<SwitchCode> findFirstByDelegationIdOrderByCreatedAtDescIdDesc(Long delegationId);

	long countByDelegationIdAndCreatedAtAfter(Long delegationId, Instant after);

	@Modifying
	@Query("update SwitchCode c set c.used = true where c.delegationId = ?1 and c.used = false")
	void supersede(Long delegationId);

}

interface ConfirmationRepository extends JpaRepository<Confirmation, Long> {

	Optional<Confirmation> findByCaseId(String caseId);

	long countByDelegationIdAndUnitId(Long delegationId, Long unitId);

	@Query("select c.unitId, count(c) from Confirmation c where c.delegationId = ?1 and c.unitId in ?2"
			+ " group by c.unitId")
	List<Object[]> countByUnit(Long delegationId, Collection<Long> unitIds);

	@Modifying
	@Query("delete from Confirmation c where c.caseId = ?1")
	int deleteByCase(String caseId);

}
