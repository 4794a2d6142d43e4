package org.fairflow.portal.badge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Persons entered per day, counted by the database: it groups them by quarter hour (every
 * zone's offset is a whole number of quarter hours), and the quarters are added up to
 * days in the fair's zone here. The statistics' chart reads at most 96 rows a day,
 * however many persons the fair has.
 */
@Component
class PersonDays {

	static final int QUARTER_SECONDS = 900;

	private static final String QUARTER = "floor(extract(epoch from created_at) / " + QUARTER_SECONDS + ")";

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	PersonDays(DataSource dataSource, @Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.zone = zone;
	}

	/** Persons matching the filter by the day (fair's zone) they were entered. */
	Map<LocalDate, Long> count(ReviewScope scope, OverviewFilter filter) {
		PersonSql where = PersonSql.of(scope, filter, this.zone);
		Map<LocalDate, Long> days = new TreeMap<>();
		this.jdbc.query("select " + QUARTER + ", count(*) from badge_person" + where.sql() + " group by " + QUARTER,
				(RowCallbackHandler) (rs) -> days.merge(
						Instant.ofEpochSecond(rs.getLong(1) * QUARTER_SECONDS).atZone(this.zone).toLocalDate(),
						rs.getLong(2), Long::sum),
				where.args());
		return days;
	}

}
