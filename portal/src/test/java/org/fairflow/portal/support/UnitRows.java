package org.fairflow.portal.support;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairflow.portal.unit.UnitCategory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Units and persons written straight into their tables, in the status a test needs and
 * with no process behind them: lists and counts can be compared without waiting for the
 * engine, and nothing moves while they are compared.
 */
public final class UnitRows {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

	private final JdbcTemplate jdbc;

	public UnitRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A unit of an organisation; returns its id. Its Chinese name is {@code name}. */
	public long unit(long organisationId, String name, UnitCategory category, String status, int edition,
			Instant createdAt) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement("INSERT INTO unit (credit_code, name_zh, name_en, address,"
					+ " contact_name, contact_mobile, contact_email, category, organisation_id, product_areas, status,"
					+ " edition, created_at, updated_at) VALUES (?, ?, ?, '测试路 1 号', '李联络', '13912345678',"
					+ " 'c@example.com', ?, ?, 'FOOD_AGRI', ?, ?, ?, ?)", new String[] { "id" });
			statement.setString(1, Fixtures.creditCode(category));
			statement.setString(2, name);
			statement.setString(3, name + " Ltd");
			statement.setString(4, category.name());
			statement.setLong(5, organisationId);
			statement.setString(6, status);
			statement.setInt(7, edition);
			statement.setTimestamp(8, Timestamp.from(createdAt));
			statement.setTimestamp(9, Timestamp.from(createdAt));
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	/** A person of a unit; returns its id. */
	public long person(long unitId, String badgeType, String status, Instant createdAt) {
		int n = SEQUENCE.incrementAndGet();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement("INSERT INTO badge_person (unit_id, nationality, name_zh,"
					+ " name_en, gender, document_type, document_number, birth_date, mobile, job_title, badge_type,"
					+ " entry_from, entry_to, status, created_at, updated_at) VALUES (?, 'CN', ?, ?, 'MALE',"
					+ " 'RESIDENT_ID', ?, DATE '1980-01-01', '13912345678', '经理', ?, DATE '2027-11-05',"
					+ " DATE '2027-11-10', ?, ?, ?)", new String[] { "id" });
			statement.setLong(1, unitId);
			statement.setString(2, "统计人员" + n);
			statement.setString(3, "Person " + n);
			statement.setString(4, "DOC" + n);
			statement.setString(5, badgeType);
			statement.setString(6, status);
			statement.setTimestamp(7, Timestamp.from(createdAt));
			statement.setTimestamp(8, Timestamp.from(createdAt));
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	/** A paid order of a unit; returns its id. */
	public long paidOrder(long unitId, BigDecimal total, Instant paidAt) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement("INSERT INTO payment_order (unit_id, status, total, created_by,"
					+ " created_at, updated_at, paid_at, paid_by) VALUES (?, 'PAID', ?, 'test', ?, ?, ?, 'ONLINE')",
					new String[] { "id" });
			statement.setLong(1, unitId);
			statement.setBigDecimal(2, total);
			statement.setTimestamp(3, Timestamp.from(paidAt));
			statement.setTimestamp(4, Timestamp.from(paidAt));
			statement.setTimestamp(5, Timestamp.from(paidAt));
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	/** A refund of an order, paid back. */
	public void refunded(long unitId, long orderId, BigDecimal amount, Instant refundedAt) {
		Timestamp at = Timestamp.from(refundedAt);
		this.jdbc.update(
				"INSERT INTO refund_request (unit_id, order_id, state, channel, amount, requested_by,"
						+ " requested_at, decided_at, refunded_at, refunded_amount, updated_at)"
						+ " VALUES (?, ?, 'REFUNDED', 'ONLINE', ?, 'test', ?, ?, ?, ?, ?)",
				unitId, orderId, amount, at, at, at, amount, at);
	}

}
