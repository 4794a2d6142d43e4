package org.fairflow.portal.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * The booking side's queries on meetings: overlaps of one unit or one host, and the
 * unit's filtered list. Kept apart from {@link MeetingRepository}, which serves the
 * module's public face.
 */
interface BookingRepository extends JpaRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {

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

interface MeetingSpeakerRepository extends JpaRepository<MeetingSpeaker, Long> {

	List<MeetingSpeaker> findByMeetingIdOrderByKindAscPositionAsc(Long meetingId);

}
