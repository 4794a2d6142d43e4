package org.fairflow.portal.badge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByIdAndUnitId(Long id, Long unitId);

	/** The person, locked until the transaction ends: one submission at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Person p where p.id = ?1 and p.unitId = ?2")
	Optional<Person> lockByIdAndUnitId(Long id, Long unitId);

	Optional<Person> findByCaseId(String caseId);

	/**
	 * Records how the badge is handed over without touching the version: the liaison may
	 * not change anything any more, and the production job must not fail on a row
	 * version.
	 */
	@Modifying
	@Query("update Person p set p.handedOverBy = ?2 where p.id = ?1")
	int handedOverBy(Long id, DeliveryMethod method);

	Page<Person> findByUnitId(Long unitId, Pageable pageable);

	Page<Person> findByUnitIdAndStatus(Long unitId, PersonStatus status, Pageable pageable);

	boolean existsByUnitIdAndDocumentNumber(Long unitId, String documentNumber);

	boolean existsByUnitIdAndDocumentNumberAndIdNot(Long unitId, String documentNumber, Long id);

	@Query("select p.documentNumber from Person p where p.unitId = ?1 and p.documentNumber in ?2")
	List<String> takenNumbers(Long unitId, Collection<String> documentNumbers);

	@Query("select p.status, count(p) from Person p where p.unitId = ?1 group by p.status")
	List<Object[]> countByStatus(Long unitId);

}

interface PersonPhotoRepository extends JpaRepository<PersonPhotoRecord, Long> {

}
