package org.fairflow.portal.room;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRoomRepository extends JpaRepository<MeetingRoom, Long> {

	List<MeetingRoom> findAllByOrderByActiveDescNameAscIdAsc();

	List<MeetingRoom> findByActiveTrueOrderByNameAscIdAsc();

	boolean existsByName(String name);

	boolean existsByNameAndIdNot(String name, Long id);

	/**
	 * The room, locked until the transaction ends: bookings of one room are made one
	 * after the other, so none can miss another's.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from MeetingRoom r where r.id = ?1")
	Optional<MeetingRoom> lockById(Long id);

}

interface RoomBookingRepository extends JpaRepository<RoomBooking, Long> {

	Optional<RoomBooking> findByMeetingId(Long meetingId);

	long countByRoomIdAndEndsAtAfter(Long roomId, Instant after);

	/**
	 * The room's bookings that overlap [from, to): touching intervals (one ends when the
	 * next starts) do not.
	 */
	@Query("select b from RoomBooking b where b.roomId = ?1 and b.startsAt < ?3 and b.endsAt > ?2 "
			+ "order by b.startsAt, b.id")
	List<RoomBooking> findOverlapping(Long roomId, Instant from, Instant to);

	/** Every room's bookings that overlap [from, to), by start. */
	@Query("select b from RoomBooking b where b.startsAt < ?2 and b.endsAt > ?1 order by b.startsAt, b.id")
	List<RoomBooking> findAllOverlapping(Instant from, Instant to);

}
