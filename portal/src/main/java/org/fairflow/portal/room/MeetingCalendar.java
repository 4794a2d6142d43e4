package org.fairflow.portal.room;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fairflow.portal.meeting.FairCalendar;
import org.fairflow.portal.meeting.MeetingFormat;
import org.fairflow.portal.meeting.MeetingStatus;
import org.fairflow.portal.meeting.MeetingSummary;
import org.fairflow.portal.meeting.Meetings;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's day of meetings: a grid of rooms by half-hours from 08:00 to 22:00 in
 * the fair's zone with each booked offline meeting in its room and time, the day's online
 * meetings, the approved offline meetings still waiting for a room, and the bookings
 * still in review.
 */
@Service
class MeetingCalendar {

	static final LocalTime FIRST_HOUR = LocalTime.of(8, 0);

	static final int HOURS = 14;

	static final int SLOT_MINUTES = 30;

	static final int SLOTS = HOURS * 60 / SLOT_MINUTES;

	static final Set<MeetingStatus> IN_REVIEW = EnumSet.of(MeetingStatus.AWAITING_PRE_REVIEW,
			MeetingStatus.AWAITING_SUPPLEMENT, MeetingStatus.AWAITING_RE_REVIEW);

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private final Meetings meetings;

	private final RoomPlan plan;

	private final RoomBookings bookings;

	private final HumanTasks tasks;

	private final FairCalendar days;

	MeetingCalendar(Meetings meetings, RoomPlan plan, RoomBookings bookings, HumanTasks tasks, FairCalendar days) {
		this.meetings = meetings;
		this.plan = plan;
		this.bookings = bookings;
		this.tasks = tasks;
		this.days = days;
	}

	/** A meeting as the calendar lists it, with its clock time in the fair's zone. */
	record Entry(MeetingSummary meeting, String time, String taskLink) {
	}

	/**
	 * A stretch of a room's row: empty, or one or more meetings (rounded to half-hours).
	 */
	record Cell(int span, List<Entry> entries) {

		public boolean empty() {
			return this.entries.isEmpty();
		}

	}

	record Row(MeetingRoom room, List<Cell> cells) {
	}

	record Day(LocalDate day, List<LocalDate> days, List<String> hours, List<Row> rows, List<Entry> online,
			List<Entry> withoutRoom, List<Entry> inReview) {

		public boolean noBookings() {
			return this.rows.stream().allMatch((r) -> r.cells().stream().allMatch(Cell::empty));
		}

	}

	@Transactional(readOnly = true)
	Day day(LocalDate day) {
		Instant from = this.days.start(day);
		Instant to = this.days.end(day);
		Map<Long, MeetingSummary> meetings = this.meetings.between(from, to, MeetingStatus.HOLDING_TIME)
			.stream()
			.collect(Collectors.toMap(MeetingSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<RoomBooking> booked = this.bookings.between(from, to);
		Set<Long> bookedMeetings = booked.stream().map(RoomBooking::getMeetingId).collect(Collectors.toSet());
		List<Entry> online = new ArrayList<>();
		List<Entry> withoutRoom = new ArrayList<>();
		List<Entry> inReview = new ArrayList<>();
		for (MeetingSummary m : meetings.values()) {
			if (IN_REVIEW.contains(m.status())) {
				inReview.add(entry(m, null));
			}
			else if (m.format() == MeetingFormat.ONLINE) {
				online.add(entry(m, null));
			}
			else if (m.room() == null && !bookedMeetings.contains(m.id())) {
				withoutRoom.add(entry(m, taskLink(m)));
			}
		}
		return new Day(day, this.days.days(), hours(), rows(day, booked, meetings), online, withoutRoom, inReview);
	}

	private List<Row> rows(LocalDate day, List<RoomBooking> booked, Map<Long, MeetingSummary> meetings) {
		Map<Long, List<RoomBooking>> byRoom = booked.stream()
			.collect(Collectors.groupingBy(RoomBooking::getRoomId, LinkedHashMap::new, Collectors.toList()));
		Instant gridStart = day.atTime(FIRST_HOUR).atZone(this.days.zone()).toInstant();
		return this.plan.list()
			.stream()
			.filter((room) -> room.isActive() || byRoom.containsKey(room.getId()))
			.map((room) -> new Row(room, cells(gridStart, byRoom.getOrDefault(room.getId(), List.of()), meetings)))
			.toList();
	}

	/**
	 * The row's cells: bookings placed on half-hour slots (start rounded down, end up);
	 * two that round into one slot share a cell.
	 */
	private List<Cell> cells(Instant gridStart, List<RoomBooking> booked, Map<Long, MeetingSummary> meetings) {
		List<Cell> cells = new ArrayList<>();
		int at = 0;
		int lastStart = 0;
		List<Entry> last = null;
		for (RoomBooking b : booked.stream().sorted(Comparator.comparing(RoomBooking::getStartsAt)).toList()) {
			MeetingSummary m = meetings.get(b.getMeetingId());
			if (m == null) {
				// A booking whose meeting no longer holds its time (not shown).
				continue;
			}
			int start = slot(gridStart, b.getStartsAt(), false);
			int end = Math.max(slot(gridStart, b.getEndsAt(), true), start + 1);
			if (start >= SLOTS) {
				start = SLOTS - 1;
				end = SLOTS;
			}
			end = Math.min(end, SLOTS);
			if (last != null && start < at) {
				last.add(entry(m, null));
				if (end > at) {
					at = end;
				}
				cells.set(cells.size() - 1, new Cell(at - lastStart, last));
				continue;
			}
			if (start > at) {
				cells.add(new Cell(start - at, List.of()));
			}
			last = new ArrayList<>(List.of(entry(m, null)));
			lastStart = start;
			at = end;
			cells.add(new Cell(end - start, last));
		}
		if (at < SLOTS) {
			cells.add(new Cell(SLOTS - at, List.of()));
		}
		return cells;
	}

	private static int slot(Instant gridStart, Instant time, boolean roundUp) {
		long minutes = ChronoUnit.MINUTES.between(gridStart, time);
		long slot = Math.floorDiv(minutes, SLOT_MINUTES);
		if (roundUp && Math.floorMod(minutes, SLOT_MINUTES) != 0) {
			slot++;
		}
		return (int) Math.max(0, Math.min(slot, SLOTS));
	}

	private static List<String> hours() {
		return IntStream.range(0, HOURS).mapToObj((h) -> FIRST_HOUR.plusHours(h).format(CLOCK)).toList();
	}

	private Entry entry(MeetingSummary m, String taskLink) {
		return new Entry(m, this.days.time(m.startsAt(), m.endsAt()), taskLink);
	}

	/** The meeting's open allocation task, else the task list. */
	private String taskLink(MeetingSummary m) {
		if (m.caseId() == null) {
			return "/tasks";
		}
		return this.tasks.forCase(m.caseId())
			.stream()
			.filter((t) -> t.getStatus() == HumanTask.Status.OPEN && RoomAllocationView.FORM_KEY.equals(t.getFormKey()))
			.findFirst()
			.map((t) -> "/tasks/" + t.getId())
			.orElse("/tasks");
	}

}
