package org.fairflow.portal.unit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.fairflow.portal.export.ExportTable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The reviewers' list of units, newest first, and its export: plain SQL over the query's
 * WHERE clause ({@link UnitSql}), so that an export streams in chunks instead of loading
 * entities.
 */
@Service
class UnitList {

	static final int PAGE_SIZE = 50;

	private static final String SELECT = "SELECT u.id, u.credit_code, u.name_zh, u.name_en, u.category, u.status,"
			+ " u.organisation_id, o.name_zh AS org_zh, o.name_en AS org_en, u.edition, u.created_at"
			+ " FROM unit u JOIN organisation o ON o.id = u.organisation_id WHERE ";

	private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("id"), rs.getString("credit_code"),
			rs.getString("name_zh"), rs.getString("name_en"), UnitCategory.valueOf(rs.getString("category")),
			UnitStatus.valueOf(rs.getString("status")), rs.getLong("organisation_id"), rs.getString("org_zh"),
			rs.getString("org_en"), rs.getInt("edition"), rs.getTimestamp("created_at").toInstant());

	private final NamedParameterJdbcTemplate jdbc;

	private final ZoneId zone;

	UnitList(DataSource dataSource, @Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(500);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.zone = zone;
	}

	Page<Row> page(UnitQuery query, int requested) {
		UnitSql sql = UnitSql.of(query, this.zone);
		long total = count(sql);
		// A page past the end (an old link, a hand-typed number) shows the last page.
		int page = (int) Math.min(requested, Math.max(0, (total - 1) / PAGE_SIZE));
		MapSqlParameterSource params = new MapSqlParameterSource(sql.params().getValues()).addValue("limit", PAGE_SIZE)
			.addValue("offset", (long) page * PAGE_SIZE);
		List<Row> rows = (total == 0) ? List.of() : this.jdbc.query(
				SELECT + sql.where() + " ORDER BY u.created_at DESC, u.id DESC" + " LIMIT :limit OFFSET :offset",
				params, ROW);
		return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total);
	}

	long count(UnitQuery query) {
		return count(UnitSql.of(query, this.zone));
	}

	private long count(UnitSql sql) {
		Long total = this.jdbc.queryForObject("SELECT COUNT(*) FROM unit u WHERE " + sql.where(), sql.params(),
				Long.class);
		return (total != null) ? total : 0;
	}

	/**
	 * The query's units as an export table; {@code cells} turns a row into the cells
	 * under {@code headers} (in the requester's language, resolved by the caller).
	 */
	ExportTable export(UnitQuery query, String description, List<String> headers, Function<Row, List<?>> cells) {
		UnitSql sql = UnitSql.of(query, this.zone);
		long total = count(sql);
		return new ExportTable() {

			@Override
			public String fileName() {
				return "units";
			}

			@Override
			public String description() {
				return description;
			}

			@Override
			public List<String> headers() {
				return headers;
			}

			@Override
			public long rowCount() {
				return total;
			}

			@Override
			public void rows(Consumer<List<?>> sink) {
				try (Stream<Row> rows = UnitList.this.jdbc.queryForStream(
						SELECT + sql.where() + " ORDER BY u.created_at DESC, u.id DESC", sql.params(), ROW)) {
					rows.map(cells).forEach(sink);
				}
			}

		};
	}

	/** One unit as the list shows it. */
	record Row(long id, String creditCode, String nameZh, String nameEn, UnitCategory category, UnitStatus status,
			long organisationId, String organisationZh, String organisationEn, int edition, Instant createdAt) {

		public String name(Locale locale) {
			return Language.ENGLISH.equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
		}

		public String organisation(Locale locale) {
			return Language.ENGLISH.equals(locale.getLanguage()) ? this.organisationEn : this.organisationZh;
		}

	}

}
