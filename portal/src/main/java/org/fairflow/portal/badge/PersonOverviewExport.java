package org.fairflow.portal.badge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The person overview as an export: the page's scope and filters as one SQL query, read
 * as a JDBC stream {@value #FETCH_SIZE} rows at a time, so a fair's 100 000 persons never
 * sit in memory together (JPA would keep every entity in its persistence context).
 * Document and mobile numbers are masked exactly as the page shows them.
 */
@Component
class PersonOverviewExport {

	static final int FETCH_SIZE = 500;

	/** Where the unit's and the organisation's names go in a row. */
	private static final int UNIT_CELL = 2;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final ZoneId zone;

	PersonOverviewExport(DataSource dataSource, MessageSource messages,
			@Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.messages = messages;
	}

	/** The rows the overview shows the scope with this filter, newest first. */
	ExportTable table(ReviewScope scope, OverviewFilter filter, Locale locale) {
		return new Table(scope, PersonSql.of(scope, filter, this.zone), locale);
	}

	private final class Table implements ExportTable {

		private final ReviewScope scope;

		private final PersonSql where;

		private final Locale locale;

		Table(ReviewScope scope, PersonSql where, Locale locale) {
			this.scope = scope;
			this.where = where;
			this.locale = locale;
		}

		@Override
		public String fileName() {
			return "persons";
		}

		@Override
		public String description() {
			return text("badge.overview.title");
		}

		@Override
		public List<String> headers() {
			return Stream
				.of("badge.nameZh", "badge.nameEn", "badge.overview.unit", "badge.overview.organisation",
						"badge.badgeType", "badge.documentType", "badge.documentNumber", "badge.mobile",
						"badge.entryFrom", "badge.entryTo", "badge.status", "badge.overview.submittedAt")
				.map(this::text)
				.toList();
		}

		@Override
		public long rowCount() {
			Long count = PersonOverviewExport.this.jdbc
				.queryForObject("select count(*) from badge_person" + this.where.sql(), Long.class, this.where.args());
			return (count != null) ? count : -1;
		}

		@Override
		public void rows(Consumer<List<?>> sink) {
			String sql = "select unit_id, name_zh, name_en, badge_type, document_type, document_number, mobile,"
					+ " entry_from, entry_to, status, handed_over_by, submitted_at from badge_person" + this.where.sql()
					+ " order by id desc";
			List<Row> batch = new ArrayList<>(FETCH_SIZE);
			try (Stream<Row> rows = PersonOverviewExport.this.jdbc.queryForStream(sql, (rs, n) -> row(rs),
					this.where.args())) {
				rows.forEach((row) -> {
					batch.add(row);
					if (batch.size() == FETCH_SIZE) {
						write(batch, sink);
					}
				});
			}
			write(batch, sink);
		}

		/**
		 * Names the units of a batch of rows, read in one query, and hands the rows on.
		 */
		private void write(List<Row> batch, Consumer<List<?>> sink) {
			this.scope.lookUp(batch.stream().map(Row::unitId).toList());
			for (Row row : batch) {
				RegisteredUnit unit = this.scope.unit(row.unitId());
				Organisation organisation = (unit != null) ? this.scope.organisation(unit.organisationId()) : null;
				row.cells().set(UNIT_CELL, (unit != null) ? unit.name(this.locale) : null);
				row.cells().set(UNIT_CELL + 1, (organisation != null) ? organisation.name(this.locale) : null);
				sink.accept(row.cells());
			}
			batch.clear();
		}

		private Row row(ResultSet rs) throws SQLException {
			String status = rs.getString("status");
			String handedOverBy = rs.getString("handed_over_by");
			String statusKey = (PersonStatus.DELIVERED.name().equals(status) && handedOverBy != null)
					? "status.DELIVERED." + handedOverBy : "status." + status;
			Timestamp submittedAt = rs.getTimestamp("submitted_at");
			return new Row(rs.getLong("unit_id"), Arrays.asList(rs.getString("name_zh"), rs.getString("name_en"), null,
					null, text(BadgeType.valueOf(rs.getString("badge_type")).messageKey()),
					text("badge.documentType." + rs.getString("document_type")),
					PersonRules.mask(rs.getString("document_number")), Person.maskMobile(rs.getString("mobile")),
					rs.getObject("entry_from", java.time.LocalDate.class),
					rs.getObject("entry_to", java.time.LocalDate.class), text(statusKey),
					(submittedAt != null) ? submittedAt.toInstant() : null));
		}

		/** A row read, its unit still to be named. */
		private record Row(long unitId, List<Object> cells) {
		}

		private String text(String key) {
			return PersonOverviewExport.this.messages.getMessage(key, null, key, this.locale);
		}

	}

}
