package org.fairflow.portal.exhibitor;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationBatchRepository extends JpaRepository<InvitationBatch, Long> {

}

interface InvitationCodeRepository extends JpaRepository<InvitationCode, Long> {

	boolean existsByCode(String code);

	/** The code's row, locked until the transaction ends: one registration at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from InvitationCode c where c.code = :code")
	Optional<InvitationCode> lockByCode(@Param("code") String code);

}

interface ExhibitorRepository extends JpaRepository<Exhibitor, Long> {

	Optional<Exhibitor> findByUnitId(Long unitId);

	boolean existsByUnitId(Long unitId);

}
