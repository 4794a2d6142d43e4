package org.fairflow.portal.refund;

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
 * Refunds paid back to given units, for statistics: counted per unit, and listed, over
 * one WHERE clause, so a count equals its list. A refund counts once paid back (state
 * REFUNDED), with the amount paid back, on the day it was (fair's zone).
 */
@Service
public class RefundStatistics {

	private final NamedParameterJdbcTemplate jdbc;

	private final ZoneId zone;

	RefundStatistics(DataSource dataSource, @Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.zone = zone;
	}

	/** Refunds paid back and their amount per unit. */
	public List<Refunded> refunded(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = params(unitIds, from, to);
		return this.jdbc.query(
				"SELECT r.unit_id, COUNT(*), SUM(r.refunded_amount) FROM refund_request r WHERE " + where(from, to)
						+ " GROUP BY r.unit_id",
				params, (rs, n) -> new Refunded(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)));
	}

	/** The refunds behind {@link #refunded}, newest first. */
	public List<RefundedRequest> list(Collection<Long> unitIds, LocalDate from, LocalDate to, int limit, long offset) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = params(unitIds, from, to).addValue("limit", limit).addValue("offset", offset);
		return this.jdbc.query(
				"SELECT r.id, r.unit_id, r.refunded_amount, r.refunded_at, r.channel FROM refund_request r WHERE "
						+ where(from, to) + " ORDER BY r.refunded_at DESC, r.id DESC LIMIT :limit OFFSET :offset",
				params, (rs, n) -> new RefundedRequest(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
						rs.getTimestamp(4).toInstant(), rs.getString(5)));
	}

	private static String where(LocalDate from, LocalDate to) {
		return "r.state = 'REFUNDED' AND r.refunded_at IS NOT NULL AND r.unit_id IN (:units)"
				+ ((from != null) ? " AND r.refunded_at >= :from" : "")
				+ ((to != null) ? " AND r.refunded_at < :until" : "");
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

	/** A unit's refunds paid back: how many, and their sum. */
	public record Refunded(long unitId, long count, BigDecimal amount) {
	}

	/** One refund paid back, with its channel (ONLINE, TRANSFER). */
	public record RefundedRequest(long id, long unitId, BigDecimal amount, Instant refundedAt, String channel) {
	}

}
