package org.fairflow.portal.room;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fair's days ({@code fairflow.fair.entry-from} .. {@code entry-to}) in its zone
 * ({@code fairflow.fair.zone}): the calendar's tabs. A day runs from that zone's midnight
 * to the next.
 */
@Component
class FairDays {

	private final LocalDate from;

	private final LocalDate to;

	private final ZoneId zone;

	FairDays(@Value("${fairflow.fair.entry-from}") LocalDate from, @Value("${fairflow.fair.entry-to}") LocalDate to,
			@Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.from = from;
		this.to = to.isBefore(from) ? from : to;
		this.zone = zone;
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

	ZoneId zone() {
		return this.zone;
	}

	Instant start(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	Instant end(LocalDate day) {
		return day.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

}
