package org.fairflow.portal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the log, newest first, under the page's filters: a page for the screen, a stream
 * for the export (read in chunks, never the whole log in memory).
 */
@Repository
class AuditLog {

	static final int PAGE_SIZE = 50;

	static final int FETCH_SIZE = 500;

	private static final String COLUMNS = "select id, at, category, action, actor, address, subject, detail"
			+ " from audit_entry";

	private static final String ORDER = " order by at desc, id desc";

	private final JdbcTemplate jdbc;

	private final JdbcTemplate streaming;

	AuditLog(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(FETCH_SIZE);
	}

	/** One entry as the page and the export show it. */
	record Row(long id, Instant at, AuditCategory category, String action, String actor, String address, String subject,
			String detail) {

	}

	@Transactional(readOnly = true)
	Page<Row> page(AuditSearch.Criteria criteria, int page) {
		Where where = where(criteria);
		long total = count(where);
		List<Object> args = new ArrayList<>(where.args());
		args.add(PAGE_SIZE);
		args.add((long) page * PAGE_SIZE);
		List<Row> rows = this.jdbc.query(COLUMNS + where.sql() + ORDER + " limit ? offset ?", AuditLog::row,
				args.toArray());
		return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total);
	}

	/** The newest entry's id, 0 for an empty log. */
	long lastId() {
		Long last = this.jdbc.queryForObject("select max(id) from audit_entry", Long.class);
		return (last != null) ? last : 0;
	}

	/** How many entries match, up to and including the entry {@code upToId}. */
	long count(AuditSearch.Criteria criteria, long upToId) {
		return count(where(criteria).upTo(upToId));
	}

	/**
	 * Every matching entry up to and including {@code upToId} to {@code sink}, in the
	 * page's order; inside a transaction.
	 */
	void each(AuditSearch.Criteria criteria, long upToId, Consumer<Row> sink) {
		Where where = where(criteria).upTo(upToId);
		try (Stream<Row> rows = this.streaming.queryForStream(COLUMNS + where.sql() + ORDER, AuditLog::row,
				where.args().toArray())) {
			rows.forEach(sink);
		}
	}

	private long count(Where where) {
		Long count = this.jdbc.queryForObject("select count(*) from audit_entry" + where.sql(), Long.class,
				where.args().toArray());
		return (count != null) ? count : 0;
	}

	private record Where(String sql, List<Object> args) {

		Where upTo(long id) {
			List<Object> more = new ArrayList<>(this.args);
			more.add(id);
			return new Where(this.sql + (this.sql.isEmpty() ? " where " : " and ") + "id <= ?", more);
		}

	}

	private static Where where(AuditSearch.Criteria criteria) {
		List<String> conditions = new ArrayList<>();
		List<Object> args = new ArrayList<>();
		if (criteria.category() != null) {
			conditions.add("category = ?");
			args.add(criteria.category().name());
		}
		if (criteria.actor() != null) {
			// A name typed whole matches itself; a beginning matches every name it
			// starts.
			conditions.add("lower(actor) like ? escape '\\'");
			args.add(like(criteria.actor()) + "%");
		}
		if (criteria.address() != null) {
			conditions.add("lower(address) like ? escape '\\'");
			args.add(like(criteria.address()) + "%");
		}
		if (criteria.text() != null) {
			conditions.add("(lower(action) like ? escape '\\' or lower(subject) like ? escape '\\'"
					+ " or lower(detail) like ? escape '\\')");
			String pattern = "%" + like(criteria.text()) + "%";
			args.add(pattern);
			args.add(pattern);
			args.add(pattern);
		}
		if (criteria.from() != null) {
			conditions.add("at >= ?");
			args.add(Timestamp.from(criteria.from().atStartOfDay(criteria.zone()).toInstant()));
		}
		if (criteria.to() != null) {
			conditions.add("at < ?");
			args.add(Timestamp.from(criteria.to().plusDays(1).atStartOfDay(criteria.zone()).toInstant()));
		}
		return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), args);
	}

	private static String like(String value) {
		return value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
				AuditCategory.valueOf(rs.getString("category")), rs.getString("action"), rs.getString("actor"),
				rs.getString("address"), rs.getString("subject"), rs.getString("detail"));
	}

}
