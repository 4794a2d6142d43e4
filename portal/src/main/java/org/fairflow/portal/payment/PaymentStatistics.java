package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Paid orders of given units for statistics: counted per unit, and listed, over one WHERE
 * clause, so a count equals its list. An order counts once paid (status PAID), on the day
 * it was paid (fair's zone); a later refund does not unpay it (refunds are counted
 * apart).
 */
@Service
public class PaymentStatistics {

	private final NamedParameterJdbcTemplate jdbc;

	private final ZoneId zone;

	PaymentStatistics(DataSource dataSource, @Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.zone = zone;
	}

	/** Paid orders and their amount per unit. */
	public List<Paid> paid(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = params(unitIds, from, to);
		return this.jdbc.query(
				"SELECT o.unit_id, COUNT(*), SUM(o.total) FROM payment_order o WHERE " + where(from, to)
						+ " GROUP BY o.unit_id",
				params, (rs, n) -> new Paid(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)));
	}

	/** The paid orders behind {@link #paid}, newest first. */
	public List<PaidOrder> list(Collection<Long> unitIds, LocalDate from, LocalDate to, int limit, long offset) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = params(unitIds, from, to).addValue("limit", limit).addValue("offset", offset);
		return this.jdbc.query(
				"SELECT o.id, o.unit_id, o.total, o.paid_at, o.paid_by FROM payment_order o WHERE " + where(from, to)
						+ " ORDER BY o.paid_at DESC, o.id DESC LIMIT :limit OFFSET :offset",
				params, (rs, n) -> new PaidOrder(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
						rs.getTimestamp(4).toInstant(), rs.getString(5)));
	}

	private static String where(LocalDate from, LocalDate to) {
		return "o.status = 'PAID' AND o.paid_at IS NOT NULL AND o.unit_id IN (:units)"
				+ ((from != null) ? " AND o.paid_at >= :from" : "") + ((to != null) ? " AND o.paid_at < :until" : "");
	}

	private MapSqlParameterSource params(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = new MapSqlParameterSource("units", unitIds);
		if (from != null) {
			params.addValue("from", Timestamp.from(from.atStartOfDay(this.zone).toInstant()));
		}
		if (to != null) {
			params.addValue("until", Timestamp.from(to.plusDays(1).atStartOfDay(this.zone).toInstant()));
		}
		return params;
	}

	/** A unit's paid orders: how many, and their sum. */
	public record Paid(long unitId, long count, BigDecimal amount) {
	}

	/** One paid order. */
	public record PaidOrder(long id, long unitId, BigDecimal total, Instant paidAt, String paidBy) {
	}

}
