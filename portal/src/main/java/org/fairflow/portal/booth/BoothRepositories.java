package org.fairflow.portal.booth;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BoothRepository extends JpaRepository<Booth, Long> {

	Optional<Booth> findByExhibitorId(Long exhibitorId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from Booth b where b.id = ?1")
	Optional<Booth> lockById(Long id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from Booth b where b.exhibitorId = ?1")
	Optional<Booth> lockByExhibitorId(Long exhibitorId);

}

interface BoothRevisionRepository extends JpaRepository<BoothRevision, Long> {

}
