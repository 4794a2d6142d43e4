package org.fairflow.portal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fair's days ({@code fairflow.fair.entry-from} .. {@code entry-to}) and its zone
 * ({@code fairflow.fair.zone}), in which a booking's date and times are given: the
 * instants stored are the same wherever the server runs. A day runs from that zone's
 * midnight to the next. The calendar and the programme read days through it too.
 */
@Component
public class FairCalendar {

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

	public ZoneId zone() {
		return this.zone;
	}

	/** The days a meeting may be booked on, in order. */
	public List<LocalDate> days() {
		return this.from.datesUntil(this.to.plusDays(1)).toList();
	}

	public boolean isFairDay(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	/** The day asked for when it is one of the fair's, else the first. */
	public LocalDate pick(String day) {
		if (day != null) {
			try {
				LocalDate asked = LocalDate.parse(day.strip());
				if (isFairDay(asked)) {
					return asked;
				}
			}
			catch (DateTimeParseException ex) {
				// An unreadable day shows the first one.
			}
		}
		return this.from;
	}

	/** The first instant of a day in the fair's zone. */
	public Instant start(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	/** The first instant after a day in the fair's zone. */
	public Instant end(LocalDate day) {
		return start(day.plusDays(1));
	}

	public Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(this.zone).toInstant();
	}

	public LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	public String clock(Instant instant) {
		return CLOCK.format(instant.atZone(this.zone));
	}

	/** {@code 10:00-12:00}, the contract's {@code meetingTime}. */
	public String time(Instant start, Instant end) {
		return clock(start) + "-" + clock(end);
	}

	/** Whether the meeting starts in the morning (上午) of its day. */
	public boolean morning(Instant start) {
		return start.atZone(this.zone).toLocalTime().isBefore(NOON);
	}

}
