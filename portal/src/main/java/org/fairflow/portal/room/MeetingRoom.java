package org.fairflow.portal.room;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A physical room of the fair's room plan. Never deleted: a deactivated room keeps its
 * bookings and gets no new ones. Columns: Flyway {@code V11_40}.
 */
@Entity
@Table(name = "meeting_room")
class MeetingRoom {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "name", nullable = false)
	private String name;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "venue", nullable = false)
	private String venue;

	@Column(name = "venue_en", nullable = false)
	private String venueEn;

	@Column(name = "capacity", nullable = false)
	private int capacity;

	@Column(name = "active", nullable = false)
	private boolean active;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected MeetingRoom() {
	}

	MeetingRoom(RoomForm form) {
		this.active = true;
		this.createdAt = Instant.now();
		apply(form);
	}

	void apply(RoomForm form) {
		this.name = form.getName().strip();
		this.nameEn = form.getNameEn().strip();
		this.venue = form.getVenue().strip();
		this.venueEn = form.getVenueEn().strip();
		this.capacity = form.capacity();
		this.updatedAt = Instant.now();
	}

	void deactivate() {
		this.active = false;
		this.updatedAt = Instant.now();
	}

	boolean fits(int attendance) {
		return this.capacity >= attendance;
	}

	/** The room's name in the reader's language. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.name;
	}

	/** Where it is, in the reader's language. */
	public String venue(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.venueEn : this.venue;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getVenue() {
		return this.venue;
	}

	public String getVenueEn() {
		return this.venueEn;
	}

	public int getCapacity() {
		return this.capacity;
	}

	public boolean isActive() {
		return this.active;
	}

}
