package org.fairflow.portal.exhibit;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ExhibitAuditRepository extends JpaRepository<ExhibitAudit, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from ExhibitAudit a where a.caseId = ?1")
	Optional<ExhibitAudit> lockById(String caseId);

	/** Withdrawals stored while the case still waits in its audit. */
	@Query("select a from ExhibitAudit a where a.status = 'AWAITING_AUDIT' and a.withdrawnAt is not null")
	List<ExhibitAudit> withdrawalsNotSeen();

}
