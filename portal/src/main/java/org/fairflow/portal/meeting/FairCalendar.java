package org.fairflow.portal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fair's days ({@code fairflow.fair.entry-from} .. {@code entry-to}) and its zone
 * ({@code fairflow.fair.zone}), in which a booking's date and times are given: the
 * instants stored are the same wherever the server runs.
 */
@Component
class FairCalendar {

	/** Meetings run between these clock times of a fair day. */
	static final LocalTime EARLIEST = LocalTime.of(8, 0);

	static final LocalTime LATEST = LocalTime.of(22, 0);

	/** 上午 until noon, 下午 from it. */
	static final LocalTime NOON = LocalTime.NOON;

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private final LocalDate from;

	private final LocalDate to;

	private final ZoneId zone;

	FairCalendar(@Value("${fairflow.fair.entry-from}") LocalDate from, @Value("${fairflow.fair.entry-to}") LocalDate to,
			@Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.from = from;
		this.to = to;
		this.zone = zone;
	}

	ZoneId zone() {
		return this.zone;
	}

	/** The days a meeting may be booked on, in order. */
	List<LocalDate> days() {
		return this.from.datesUntil(this.to.plusDays(1)).toList();
	}

	boolean isFairDay(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(this.zone).toInstant();
	}

	LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	String clock(Instant instant) {
		return CLOCK.format(instant.atZone(this.zone));
	}

	/** {@code 10:00-12:00}, the contract's {@code meetingTime}. */
	String time(Instant start, Instant end) {
		return clock(start) + "-" + clock(end);
	}

	/** Whether the meeting starts in the morning (上午) of its day. */
	boolean morning(Instant start) {
		return start.atZone(this.zone).toLocalTime().isBefore(NOON);
	}

}
