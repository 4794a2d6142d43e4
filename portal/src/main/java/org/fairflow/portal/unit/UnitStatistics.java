package org.fairflow.portal.unit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Counts of units for statistics, over the same WHERE clause as the unit list
 * ({@link UnitSql}), so that every count equals the rows {@code /units} shows for it.
 */
@Service
public class UnitStatistics {

	/** The review steps of {@code unit-review.bpmn}, first level first. */
	public static final List<String> REVIEW_STEPS = List.of("Task_FirstReview", "Task_SecondReview");

	private final NamedParameterJdbcTemplate jdbc;

	private final ZoneId zone;

	UnitStatistics(DataSource dataSource, @Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.zone = zone;
	}

	/** Units matching the query, by organisation, status and category. */
	public List<Count> count(UnitQuery query) {
		UnitSql sql = UnitSql.of(query, this.zone);
		return this.jdbc.query(
				"SELECT u.organisation_id, u.status, u.category, COUNT(*) AS n FROM unit u WHERE " + sql.where()
						+ " GROUP BY u.organisation_id, u.status, u.category",
				sql.params(), (rs, n) -> new Count(rs.getLong(1), UnitStatus.valueOf(rs.getString(2)),
						UnitCategory.valueOf(rs.getString(3)), rs.getLong(4)));
	}

	/**
	 * The organisation of every unit matching the query, by unit id: what payments and
	 * refunds are counted against.
	 */
	public Map<Long, Long> organisationsOf(UnitQuery query) {
		UnitSql sql = UnitSql.of(query, this.zone);
		Map<Long, Long> result = new HashMap<>();
		this.jdbc.query("SELECT u.id, u.organisation_id FROM unit u WHERE " + sql.where(), sql.params(),
				(RowCallbackHandler) (rs) -> result.put(rs.getLong(1), rs.getLong(2)));
		return result;
	}

	/** Registrations per day (in the fair's zone) of the units matching the query. */
	public Map<LocalDate, Long> registrationsPerDay(UnitQuery query) {
		UnitSql sql = UnitSql.of(query, this.zone);
		Map<LocalDate, Long> days = new TreeMap<>();
		this.jdbc.query("SELECT u.created_at FROM unit u WHERE " + sql.where(), sql.params(),
				(RowCallbackHandler) (rs) -> days.merge(rs.getTimestamp(1).toInstant().atZone(this.zone).toLocalDate(),
						1L, Long::sum));
		return days;
	}

	/**
	 * How long each review step of the matching units took, from the task's creation to
	 * its decision, by step ({@link #REVIEW_STEPS}); a task still open counts not.
	 */
	public Map<String, List<Duration>> reviewLeadTimes(UnitQuery query) {
		UnitSql sql = UnitSql.of(query, this.zone);
		Map<String, List<Duration>> result = new HashMap<>();
		REVIEW_STEPS.forEach((step) -> result.put(step, new ArrayList<>()));
		Map<String, Instant> created = new HashMap<>();
		this.jdbc.query(
				"SELECT e.case_id, e.step, e.event, e.occurred_at FROM case_event e"
						+ " JOIN unit u ON u.case_id = e.case_id WHERE " + sql.where()
						+ " AND e.step IN ('Task_FirstReview', 'Task_SecondReview')"
						+ " AND e.event IN ('TASK_CREATED', 'DECIDED') ORDER BY e.case_id, e.occurred_at, e.id",
				sql.params(), (rs) -> {
					String key = rs.getString(1) + "/" + rs.getString(2);
					Instant at = rs.getTimestamp(4).toInstant();
					if ("TASK_CREATED".equals(rs.getString(3))) {
						created.put(key, at);
					}
					else {
						Instant since = created.remove(key);
						if (since != null) {
							result.get(rs.getString(2)).add(Duration.between(since, at));
						}
					}
				});
		return result;
	}

	/** How many units of an organisation have a status and category. */
	public record Count(long organisationId, UnitStatus status, UnitCategory category, long count) {
	}

}
