package org.fairflow.portal.room;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fairflow.portal.meeting.FairCalendar;
import org.fairflow.portal.meeting.MeetingFormat;
import org.fairflow.portal.meeting.MeetingSummary;
import org.fairflow.portal.meeting.Meetings;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.FlowView;
import org.fairflow.portal.web.Formats;
import org.fairflow.portal.web.RequestValues;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's allocation task of an offline meeting (form key {@code meeting-room} of
 * {@code meeting-booking}; the flow's other form keys have the meeting module's view):
 * the meeting, and the active rooms big enough for it, those another meeting holds at its
 * time shown disabled with that meeting. The decision checks the room once more; the
 * {@code book-meeting-room} worker stays the authority when two allocations race.
 */
@Component
class RoomAllocationView implements FlowView {

	static final String FORM_KEY = "meeting-room";

	static final String ALLOCATE = "allocate";

	private final Meetings meetings;

	private final RoomPlan plan;

	private final RoomBookings bookings;

	private final Formats formats;

	private final FairCalendar calendar;

	RoomAllocationView(Meetings meetings, RoomPlan plan, RoomBookings bookings, Formats formats,
			FairCalendar calendar) {
		this.meetings = meetings;
		this.plan = plan;
		this.bookings = bookings;
		this.formats = formats;
		this.calendar = calendar;
	}

	@Override
	public String flow() {
		return Meetings.FLOW;
	}

	@Override
	public Set<String> formKeys() {
		return Set.of(FORM_KEY);
	}

	@Override
	public String template() {
		return "room/allocate";
	}

	/** A room of the select: free, or held by another meeting (named). */
	record RoomChoice(MeetingRoom room, boolean free, String holder) {
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> model(String businessKey, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		RequestValues.id(businessKey).flatMap(this.meetings::find).ifPresent((meeting) -> {
			model.put("allocation", meeting);
			model.put("allocationDay", this.formats.date(meeting.startsAt()));
			model.put("allocationTime", this.calendar.time(meeting.startsAt(), meeting.endsAt()));
			model.put("roomChoices", choices(meeting));
			model.put("allocatedRoomId",
					this.bookings.ofMeeting(meeting.id()).map(RoomBooking::getRoomId).orElse(null));
			model.put("decisionInputs", true);
		});
		return model;
	}

	/**
	 * {@code allocate} needs a room that exists, is active, holds the planned attendance
	 * and is free now; the variables name it in both languages for the notices.
	 */
	@Override
	public Map<String, Object> onDecision(String caseId, String businessKey, int round, String decision,
			Map<String, String> parameters, PortalUser user) {
		if (!ALLOCATE.equals(decision)) {
			return Map.of();
		}
		MeetingSummary meeting = RequestValues.id(businessKey)
			.flatMap(this.meetings::find)
			.orElseThrow(() -> new DecisionException("room.allocate.noMeeting"));
		Long roomId = RequestValues.id(parameters.get("roomId"))
			.orElseThrow(() -> new DecisionException("room.allocate.choose"));
		MeetingRoom room = this.plan.find(roomId).orElseThrow(() -> new DecisionException("room.allocate.unknown"));
		if (!room.isActive()) {
			throw new DecisionException("room.allocate.inactive", room.getName());
		}
		if (!room.fits(meeting.plannedAttendance())) {
			throw new DecisionException("room.allocate.tooSmall", room.getName(), room.getCapacity(),
					meeting.plannedAttendance());
		}
		this.bookings.holder(roomId, meeting.startsAt(), meeting.endsAt(), meeting.id()).ifPresent((holder) -> {
			throw new DecisionException("room.allocate.taken", room.getName(),
					this.meetings.find(holder).map(MeetingSummary::name).orElse("#" + holder));
		});
		Map<String, Object> variables = new HashMap<>();
		variables.put("roomId", room.getId());
		variables.put("roomName", room.getName());
		variables.put("roomNameEn", room.getNameEn());
		variables.put("roomVenue", room.getVenue());
		variables.put("roomVenueEn", room.getVenueEn());
		return variables;
	}

	private List<RoomChoice> choices(MeetingSummary meeting) {
		if (meeting.format() != MeetingFormat.OFFLINE) {
			return List.of();
		}
		Map<Long, Long> holders = this.bookings.between(meeting.startsAt(), meeting.endsAt())
			.stream()
			.filter((b) -> !b.getMeetingId().equals(meeting.id()))
			.collect(Collectors.toMap(RoomBooking::getRoomId, RoomBooking::getMeetingId, (a, b) -> a));
		return this.plan.active().stream().filter((room) -> room.fits(meeting.plannedAttendance())).map((room) -> {
			Long holder = holders.get(room.getId());
			return new RoomChoice(room, holder == null, (holder != null)
					? this.meetings.find(holder).map(MeetingSummary::name).orElse("#" + holder) : null);
		}).toList();
	}

}
