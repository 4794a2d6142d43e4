package org.fairflow.portal.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {

	Optional<Meeting> findByIdAndUnitId(Long id, Long unitId);

	Page<Meeting> findByUnitId(Long unitId, Pageable pageable);

	Optional<Meeting> findByCaseId(String caseId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Meeting m where m.id = ?1")
	Optional<Meeting> lockById(Long id);

	/** Meetings that start before {@code to} and end after {@code from}, by start. */
	@Query("select m from Meeting m where m.startsAt < ?2 and m.endsAt > ?1 and m.status in ?3 "
			+ "order by m.startsAt, m.id")
	List<Meeting> findOverlapping(Instant from, Instant to, Collection<MeetingStatus> statuses);

	/** A unit's bookings that overlap [from, to) in one of the statuses. */
	@Query("select m from Meeting m where m.unitId = ?1 and m.startsAt < ?3 and m.endsAt > ?2 and m.status in ?4"
			+ " order by m.startsAt, m.id")
	List<Meeting> overlappingOfUnit(Long unitId, Instant from, Instant to, Collection<MeetingStatus> statuses);

	/** {@code host} trimmed and lower-case, as the column is compared. */
	@Query("select m from Meeting m where lower(trim(m.host)) = ?1 and m.startsAt < ?3 and m.endsAt > ?2"
			+ " and m.status in ?4 order by m.startsAt, m.id")
	List<Meeting> overlappingOfHost(String host, Instant from, Instant to, Collection<MeetingStatus> statuses);

	/**
	 * Withdrawals stored whose case still waits in a review: the engine has not seen
	 * them.
	 */
	@Query("select m from Meeting m where m.withdrawnAt is not null and m.status in ?1 and m.caseId is not null")
	List<Meeting> withdrawalsNotSeen(Collection<MeetingStatus> waiting);

}
