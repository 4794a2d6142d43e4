package org.fairflow.portal.finance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Business days in the fair's time zone ({@code fairflow.fair.zone}): a day runs from
 * that zone's midnight to the next, whatever zone the server runs in, so a payment at
 * 23:59:59 in Shanghai belongs to that day even on a server in UTC.
 */
@Component
class FairDay {

	/** Days a reconciliation can be asked for; beyond them there is no money. */
	static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

	static final LocalDate LAST = LocalDate.of(2099, 12, 31);

	private final ZoneId zone;

	private final Clock clock;

	FairDay(@Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone, Clock clock) {
		this.zone = zone;
		this.clock = clock;
	}

	ZoneId zone() {
		return this.zone;
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	Instant start(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	/**
	 * The end of the day, exclusive: the next midnight (23 or 25 hours on a DST change).
	 */
	Instant end(LocalDate day) {
		return start(day.plusDays(1));
	}

	/**
	 * The day a request names ({@code YYYY-MM-DD}); none is today. A day that does not
	 * parse or lies outside {@link #FIRST}..{@link #LAST} is refused with a message.
	 */
	LocalDate parse(String value) {
		if (value == null || value.isBlank()) {
			return today();
		}
		LocalDate day;
		try {
			day = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadDayException("finance.day.invalid", value.strip());
		}
		if (day.isBefore(FIRST) || day.isAfter(LAST)) {
			throw new BadDayException("finance.day.outOfRange", day.toString(), FIRST.toString(), LAST.toString());
		}
		return day;
	}

}
