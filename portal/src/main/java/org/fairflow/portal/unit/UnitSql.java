package org.fairflow.portal.unit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The one WHERE clause of a {@link UnitQuery} over {@code unit u}: the list, its export
 * and the statistics all use it, so a number always equals the rows behind it.
 */
record UnitSql(String where, MapSqlParameterSource params) {

	static UnitSql of(UnitQuery query, ZoneId zone) {
		List<String> where = new ArrayList<>();
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (query.organisations() != null) {
			// An empty scope matches nothing; IN () is not valid SQL.
			where.add(query.organisations().isEmpty() ? "1 = 0" : "u.organisation_id IN (:orgs)");
			params.addValue("orgs", query.organisations());
		}
		if (query.status() != null) {
			where.add("u.status = :status");
			params.addValue("status", query.status().name());
		}
		if (query.category() != null) {
			where.add("u.category = :category");
			params.addValue("category", query.category().name());
		}
		if (query.edition() != null) {
			where.add("u.edition = :edition");
			params.addValue("edition", query.edition());
		}
		if (query.from() != null) {
			where.add("u.created_at >= :from");
			params.addValue("from", startOf(query.from(), zone));
		}
		if (query.to() != null) {
			where.add("u.created_at < :until");
			params.addValue("until", startOf(query.to().plusDays(1), zone));
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.add("(LOWER(u.name_zh) LIKE :text ESCAPE '\\' OR LOWER(u.name_en) LIKE :text ESCAPE '\\'"
					+ " OR LOWER(u.credit_code) LIKE :text ESCAPE '\\')");
			params.addValue("text", "%" + escape(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		return new UnitSql(where.isEmpty() ? "1 = 1" : String.join(" AND ", where), params);
	}

	private static Timestamp startOf(LocalDate day, ZoneId zone) {
		return Timestamp.from(day.atStartOfDay(zone).toInstant());
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
