package org.fairflow.portal.meeting;

import java.util.Collection;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlanFileRepository extends JpaRepository<PlanFile, Long> {

	/** Locked: two bookings naming the same plan claim it one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from MeetingPlanFile f where f.id = ?1")
	Optional<PlanFile> lockById(Long id);

	@Query("select f from MeetingPlanFile f where f.meetingId = ?1 and f.kind = 'PLAN'")
	Optional<PlanFile> findPlanOf(Long meetingId);

	/** A file of this meeting, if it is of one of these kinds. */
	Optional<PlanFile> findByIdAndMeetingIdAndKindIn(Long id, Long meetingId, Collection<String> kinds);

}
