package org.fairflow.portal.room;

import java.util.ArrayList;
import java.util.List;

/**
 * The organiser's room form (add and edit). Capacity arrives as text so that a word in it
 * gets the form's own message, not a binding error.
 */
class RoomForm {

	static final int MAX_CAPACITY = 10_000;

	private String name;

	private String nameEn;

	private String venue;

	private String venueEn;

	private String capacity;

	static RoomForm of(MeetingRoom room) {
		RoomForm form = new RoomForm();
		form.setName(room.getName());
		form.setNameEn(room.getNameEn());
		form.setVenue(room.getVenue());
		form.setVenueEn(room.getVenueEn());
		form.setCapacity(String.valueOf(room.getCapacity()));
		return form;
	}

	record Problem(String field, String messageKey) {
	}

	/** What is wrong with the form, field by field (keys of room.properties). */
	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		text(problems, "name", this.name, 100);
		text(problems, "nameEn", this.nameEn, 100);
		text(problems, "venue", this.venue, 200);
		text(problems, "venueEn", this.venueEn, 200);
		if (blank(this.capacity)) {
			problems.add(new Problem("capacity", "room.form.required"));
		}
		else if (parsedCapacity() == null) {
			problems.add(new Problem("capacity", "room.form.capacity.invalid"));
		}
		return problems;
	}

	/** The capacity; only after {@link #problems()} found none. */
	int capacity() {
		return parsedCapacity();
	}

	private Integer parsedCapacity() {
		try {
			int value = Integer.parseInt(this.capacity.strip());
			return (value >= 1 && value <= MAX_CAPACITY) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static void text(List<Problem> problems, String field, String value, int max) {
		if (blank(value)) {
			problems.add(new Problem(field, "room.form.required"));
		}
		else if (value.strip().length() > max) {
			problems.add(new Problem(field, "room.form.tooLong"));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getVenueEn() {
		return this.venueEn;
	}

	public void setVenueEn(String venueEn) {
		this.venueEn = venueEn;
	}

	public String getCapacity() {
		return this.capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

}
