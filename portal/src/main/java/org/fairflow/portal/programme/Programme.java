package org.fairflow.portal.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.fairflow.portal.meeting.MeetingStatus;
import org.fairflow.portal.meeting.MeetingSummary;
import org.fairflow.portal.meeting.Meetings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The public programme: the meetings approved in both review rounds
 * ({@link MeetingStatus#APPROVED}) that start on one of the fair's days
 * ({@code fairflow.fair.entry-from} .. {@code entry-to}, in {@code fairflow.fair.zone}),
 * by time. Only what a meeting publishes: never its contact, files or online room's
 * numbers ({@link MeetingSummary} carries none of them).
 */
@Service
class Programme {

	static final int PAGE_SIZE = 20;

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private final Meetings meetings;

	private final LocalDate from;

	private final LocalDate to;

	private final ZoneId zone;

	Programme(Meetings meetings, @Value("${fairflow.fair.entry-from}") LocalDate from,
			@Value("${fairflow.fair.entry-to}") LocalDate to,
			@Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.meetings = meetings;
		this.from = from;
		this.to = to.isBefore(from) ? from : to;
		this.zone = zone;
	}

	/** A published meeting with its clock time in the fair's zone. */
	record Item(MeetingSummary meeting, String time) {
	}

	List<LocalDate> days() {
		return this.from.datesUntil(this.to.plusDays(1)).toList();
	}

	/** The day asked for when it is one of the fair's, else the first. */
	LocalDate pick(String day) {
		if (day != null) {
			try {
				LocalDate asked = LocalDate.parse(day.strip());
				if (!asked.isBefore(this.from) && !asked.isAfter(this.to)) {
					return asked;
				}
			}
			catch (DateTimeParseException ex) {
				// An unreadable day shows the first one.
			}
		}
		return this.from;
	}

	/** One page (from 0) of the day's approved meetings, by start. */
	Page<Item> day(LocalDate day, int page) {
		Instant start = day.atStartOfDay(this.zone).toInstant();
		Instant end = day.plusDays(1).atStartOfDay(this.zone).toInstant();
		List<Item> items = this.meetings.between(start, end, MeetingStatus.APPROVED)
			.stream()
			.filter((m) -> !m.startsAt().isBefore(start))
			.map((m) -> new Item(m, clock(m.startsAt()) + "-" + clock(m.endsAt())))
			.toList();
		int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		int first = current * PAGE_SIZE;
		return new PageImpl<>(items.subList(first, Math.min(first + PAGE_SIZE, items.size())),
				PageRequest.of(current, PAGE_SIZE), items.size());
	}

	private String clock(Instant time) {
		return CLOCK.withZone(this.zone).format(time);
	}

}
