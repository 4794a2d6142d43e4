package org.fairflow.portal.room;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The room an offline meeting holds, for its time. Columns: Flyway {@code V11_40}. */
@Entity
@Table(name = "room_booking")
class RoomBooking {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "room_id", nullable = false)
	private Long roomId;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private Long meetingId;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(name = "booked_at", nullable = false)
	private Instant bookedAt;

	protected RoomBooking() {
	}

	RoomBooking(Long roomId, Long meetingId, Instant startsAt, Instant endsAt) {
		this.meetingId = meetingId;
		moveTo(roomId, startsAt, endsAt);
	}

	boolean holds(Long roomId, Instant startsAt, Instant endsAt) {
		return this.roomId.equals(roomId) && this.startsAt.equals(startsAt) && this.endsAt.equals(endsAt);
	}

	/** Another room or time for the same meeting (a new allocation). */
	void moveTo(Long roomId, Instant startsAt, Instant endsAt) {
		this.roomId = roomId;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.bookedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getRoomId() {
		return this.roomId;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public Instant getBookedAt() {
		return this.bookedAt;
	}

}
