package org.fairflow.portal.room;

import java.util.List;
import java.util.Optional;

import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fair's physical meeting rooms: the organiser adds, edits and deactivates them
 * ({@code /rooms}). Rooms are never deleted, so a booking always names its room.
 */
@Service
public class RoomPlan {

	private final MeetingRoomRepository rooms;

	private final AuditTrail audit;

	RoomPlan(MeetingRoomRepository rooms, AuditTrail audit) {
		this.rooms = rooms;
		this.audit = audit;
	}

	/** Whether the plan has no room yet (the demo fills an empty plan). */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return this.rooms.count() == 0;
	}

	/** Adds an active room; returns its id. */
	@Transactional
	public Long add(String name, String nameEn, String venue, String venueEn, int capacity) {
		RoomForm form = new RoomForm();
		form.setName(name);
		form.setNameEn(nameEn);
		form.setVenue(venue);
		form.setVenueEn(venueEn);
		form.setCapacity(String.valueOf(capacity));
		return add(form).getId();
	}

	/** Active rooms first, each by name. */
	@Transactional(readOnly = true)
	List<MeetingRoom> list() {
		return this.rooms.findAllByOrderByActiveDescNameAscIdAsc();
	}

	@Transactional(readOnly = true)
	List<MeetingRoom> active() {
		return this.rooms.findByActiveTrueOrderByNameAscIdAsc();
	}

	@Transactional(readOnly = true)
	Optional<MeetingRoom> find(Long id) {
		return this.rooms.findById(id);
	}

	/**
	 * @throws RoomException when the form is not acceptable or the name is taken
	 */
	@Transactional
	MeetingRoom add(RoomForm form) {
		check(form);
		if (this.rooms.existsByName(form.getName().strip())) {
			throw new RoomException("name", "room.form.nameTaken");
		}
		MeetingRoom room = this.rooms.save(new MeetingRoom(form));
		recorded("room.added", room);
		return room;
	}

	/**
	 * Name, venue and capacity; bookings already made stay (a smaller capacity applies to
	 * new allocations).
	 */
	@Transactional
	MeetingRoom update(Long id, RoomForm form) {
		MeetingRoom room = this.rooms.findById(id).orElseThrow(RoomNotFoundException::new);
		check(form);
		if (this.rooms.existsByNameAndIdNot(form.getName().strip(), id)) {
			throw new RoomException("name", "room.form.nameTaken");
		}
		room.apply(form);
		recorded("room.changed", room);
		return room;
	}

	/**
	 * No new bookings from now on; the existing ones stay. Under the room's lock, so that
	 * a booking running at the same time either finishes first or sees the room inactive.
	 */
	@Transactional
	MeetingRoom deactivate(Long id) {
		MeetingRoom room = this.rooms.lockById(id).orElseThrow(RoomNotFoundException::new);
		room.deactivate();
		recorded("room.deactivated", room);
		return room;
	}

	private void recorded(String action, MeetingRoom room) {
		this.audit.record(AuditCategory.ADMINISTRATION, action, "room:" + room.getId(),
				room.getName() + ", " + room.getVenue() + ", capacity " + room.getCapacity());
	}

	private static void check(RoomForm form) {
		form.problems().stream().findFirst().ifPresent((p) -> {
			throw new RoomException(p.field(), p.messageKey());
		});
	}

}
