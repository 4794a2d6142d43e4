package org.fairflow.portal.badge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
		return new Table(scope, where(scope, filter, this.zone), locale);
	}

	private static Where where(ReviewScope scope, OverviewFilter filter, ZoneId zone) {
		Where where = new Where();
		if (!scope.everything()) {
			where.in("unit_id", scope.units().keySet());
		}
		if (filter.unitId() != null) {
			where.add("unit_id = ?", filter.unitId());
		}
		if (filter.orgId() != null) {
			where.in("unit_id", scope.unitsUnder(filter.orgId()));
		}
		// The filters the statistics' drill-down links add, read as the page reads them
		// (PersonOverview.matching): the export holds exactly the rows the page lists.
		if (filter.category() != null || filter.edition() != null) {
			where.in("unit_id",
					scope.units()
						.values()
						.stream()
						.filter(filter::admits)
						.map(RegisteredUnit::id)
						.collect(Collectors.toSet()));
		}
		if (filter.stage() != null) {
			where.in("status", filter.stage().statuses().stream().map(Enum::name).toList());
		}
		if (filter.since() != null) {
			where.add("created_at >= ?", Timestamp.from(filter.since().atStartOfDay(zone).toInstant()));
		}
		if (filter.until() != null) {
			where.add("created_at < ?", Timestamp.from(filter.until().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (filter.name() != null) {
			String like = "%" + filter.name()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			where.add("(lower(name_zh) like ? escape '\\' or lower(name_en) like ? escape '\\')", like, like);
		}
		if (filter.from() != null) {
			where.add("entry_to >= ?", filter.from());
		}
		if (filter.to() != null) {
			where.add("entry_from <= ?", filter.to());
		}
		if (filter.status() != null) {
			where.add("status = ?", filter.status().name());
		}
		if (filter.type() != null) {
			where.add("badge_type = ?", filter.type().name());
		}
		return where;
	}

	/** Conditions and their arguments, in order. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final List<Object> args = new ArrayList<>();

		void add(String condition, Object... values) {
			this.conditions.add(condition);
			this.args.addAll(Arrays.asList(values));
		}

		void in(String column, Collection<?> ids) {
			if (ids.isEmpty()) {
				this.conditions.add("1 = 0");
				return;
			}
			add(column + " in (" + ids.stream().map((id) -> "?").collect(Collectors.joining(", ")) + ")",
					ids.toArray());
		}

		String sql() {
			return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
		}

	}

	private final class Table implements ExportTable {

		private final ReviewScope scope;

		private final Where where;

		private final Locale locale;

		Table(ReviewScope scope, Where where, Locale locale) {
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
			Long count = PersonOverviewExport.this.jdbc.queryForObject(
					"select count(*) from badge_person" + this.where.sql(), Long.class, this.where.args.toArray());
			return (count != null) ? count : -1;
		}

		@Override
		public void rows(Consumer<List<?>> sink) {
			String sql = "select unit_id, name_zh, name_en, badge_type, document_type, document_number, mobile,"
					+ " entry_from, entry_to, status, handed_over_by, submitted_at from badge_person" + this.where.sql()
					+ " order by id desc";
			try (Stream<List<?>> rows = PersonOverviewExport.this.jdbc.queryForStream(sql, (rs, n) -> row(rs),
					this.where.args.toArray())) {
				rows.forEach(sink);
			}
		}

		private List<?> row(ResultSet rs) throws SQLException {
			RegisteredUnit unit = this.scope.unit(rs.getLong("unit_id"));
			Organisation organisation = (unit != null) ? this.scope.organisation(unit.organisationId()) : null;
			String status = rs.getString("status");
			String handedOverBy = rs.getString("handed_over_by");
			String statusKey = (PersonStatus.DELIVERED.name().equals(status) && handedOverBy != null)
					? "status.DELIVERED." + handedOverBy : "status." + status;
			Timestamp submittedAt = rs.getTimestamp("submitted_at");
			return Arrays.asList(rs.getString("name_zh"), rs.getString("name_en"),
					(unit != null) ? unit.name(this.locale) : null,
					(organisation != null) ? organisation.name(this.locale) : null,
					text(BadgeType.valueOf(rs.getString("badge_type")).messageKey()),
					text("badge.documentType." + rs.getString("document_type")),
					PersonRules.mask(rs.getString("document_number")), Person.maskMobile(rs.getString("mobile")),
					rs.getObject("entry_from", java.time.LocalDate.class),
					rs.getObject("entry_to", java.time.LocalDate.class), text(statusKey),
					(submittedAt != null) ? submittedAt.toInstant() : null);
		}

		private String text(String key) {
			return PersonOverviewExport.this.messages.getMessage(key, null, key, this.locale);
		}

	}

}
