package org.fairflow.portal.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.payment.Payments;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A day's reconciliation: the orders paid that day ({@link Payments#paidBetween}) and the
 * refunds paid back that day (every {@link RefundedMoney} there is), per channel.
 */
@Service
class Reconciliation {

	private final Payments payments;

	private final ObjectProvider<RefundedMoney> refunds;

	private final UnitDirectory units;

	private final FairDay days;

	Reconciliation(Payments payments, ObjectProvider<RefundedMoney> refunds, UnitDirectory units, FairDay days) {
		this.payments = payments;
		this.refunds = refunds;
		this.units = units;
		this.days = days;
	}

	Report of(LocalDate day) {
		Instant from = this.days.start(day);
		Instant to = this.days.end(day);
		List<Refunded> refunded = new ArrayList<>();
		// No implementation (the refund feature absent) is a day without refunds. A
		// refund outside the day is left out even if an implementation returned it, so
		// that a day's sums never count another day's money.
		this.refunds.orderedStream()
			.flatMap((source) -> source.refundedBetween(from, to).stream())
			.filter((r) -> r.refundedAt() != null && !r.refundedAt().isBefore(from) && r.refundedAt().isBefore(to))
			.forEach(refunded::add);
		DayLedger ledger = DayLedger.of(this.payments.paidBetween(from, to), refunded);
		Map<Long, RegisteredUnit> names = new HashMap<>();
		ledger.lines()
			.stream()
			.map(DayLedger.Line::unitId)
			.distinct()
			.filter((id) -> id != null)
			.forEach((id) -> this.units.findById(id).ifPresent((u) -> names.put(id, u)));
		return new Report(day, this.days.zone(), ledger, names);
	}

	/** A day's ledger with what a reader needs to read it: unit names, local times. */
	record Report(LocalDate day, ZoneId zone, DayLedger ledger, Map<Long, RegisteredUnit> units) {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

		private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

		/** The unit's name in the reader's language; a unit not found by its id. */
		public String unitName(Long unitId, Locale locale) {
			RegisteredUnit unit = this.units.get(unitId);
			return (unit != null) ? unit.name(locale) : "#" + unitId;
		}

		/** The time of day in the fair's zone. */
		public String time(Instant at) {
			return (at != null) ? TIME.withZone(this.zone).format(at) : "";
		}

		/** Date and time in the fair's zone, for exports. */
		public String dateTime(Instant at) {
			return (at != null) ? DATE_TIME.withZone(this.zone).format(at) : "";
		}

		public LocalDate previous() {
			return this.day.minusDays(1);
		}

		public LocalDate next() {
			return this.day.plusDays(1);
		}

	}

}
