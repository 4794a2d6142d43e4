package org.fairflow.portal.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fairflow.portal.meeting.FairCalendar;
import org.fairflow.portal.meeting.MeetingStatus;
import org.fairflow.portal.meeting.MeetingSummary;
import org.fairflow.portal.meeting.Meetings;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The public programme: the meetings approved in both review rounds
 * ({@link MeetingStatus#APPROVED}) that start on one of the fair's days
 * ({@link FairCalendar}), by time. Only what a meeting publishes: never its contact,
 * files or online room's numbers ({@link MeetingSummary} carries none of them).
 */
@Service
class Programme {

	static final int PAGE_SIZE = 20;

	private final Meetings meetings;

	private final FairCalendar calendar;

	Programme(Meetings meetings, FairCalendar calendar) {
		this.meetings = meetings;
		this.calendar = calendar;
	}

	/** A published meeting with its clock time in the fair's zone. */
	record Item(MeetingSummary meeting, String time) {
	}

	List<LocalDate> days() {
		return this.calendar.days();
	}

	/** The day asked for when it is one of the fair's, else the first. */
	LocalDate pick(String day) {
		return this.calendar.pick(day);
	}

	/** One page (from 0) of the day's approved meetings, by start. */
	Page<Item> day(LocalDate day, int page) {
		Instant start = this.calendar.start(day);
		Instant end = this.calendar.end(day);
		List<Item> items = this.meetings.between(start, end, MeetingStatus.APPROVED)
			.stream()
			.filter((m) -> !m.startsAt().isBefore(start))
			.map((m) -> new Item(m, this.calendar.time(m.startsAt(), m.endsAt())))
			.toList();
		int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		int first = current * PAGE_SIZE;
		return new PageImpl<>(items.subList(first, Math.min(first + PAGE_SIZE, items.size())),
				PageRequest.of(current, PAGE_SIZE), items.size());
	}

}
