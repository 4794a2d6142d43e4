package org.fairflow.portal.billing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.unit.UnitCategory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Approved units with orders as payment leaves them (rows written directly: billing only
 * reads orders through {@code Payments}).
 */
final class BillingTestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

	private BillingTestData() {
	}

	record PayingUnit(Fixtures.Tree tree, Long unitId, String creditCode, String nameZh, PortalUser liaison) {
	}

	/** An approved unit under the tree's sub-delegation, with its liaison. */
	static PayingUnit approvedUnit(Fixtures fixtures, Accounts accounts, JdbcTemplate jdbc) {
		Fixtures.Tree tree = fixtures.tree();
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		int n = SEQUENCE.incrementAndGet();
		String name = "开票测试单位" + n;
		jdbc.update("insert into unit (credit_code, name_zh, name_en, address, contact_name, contact_mobile,"
				+ " contact_email, category, organisation_id, product_areas, status, created_at, updated_at)"
				+ " values (?, ?, ?, '上海市测试路 1 号', '李联络', '13912345678', 'contact@example.com', 'ENTERPRISE', ?,"
				+ " 'FOOD_AGRI', 'APPROVED', current_timestamp, current_timestamp)", code, name,
				"Billing test unit " + n, tree.sub().getId());
		Long unitId = jdbc.queryForObject("select id from unit where credit_code = ?", Long.class, code);
		accounts.create(code, Fixtures.PASSWORD, Role.APPLICANT, "李联络", null, unitId);
		return new PayingUnit(tree, unitId, code, name, fixtures.user(code));
	}

	/** A finance account (organisation: the tree's organiser). */
	static PortalUser finance(Fixtures fixtures, Accounts accounts, Fixtures.Tree tree) {
		String username = "bfin" + SEQUENCE.incrementAndGet();
		accounts.create(username, Fixtures.PASSWORD, Role.FINANCE, "财务" + username, tree.organiser().getId(), null);
		return fixtures.user(username);
	}

	/** An organiser account. */
	static PortalUser organiser(Fixtures fixtures, Accounts accounts, Fixtures.Tree tree) {
		String username = "borg" + SEQUENCE.incrementAndGet();
		accounts.create(username, Fixtures.PASSWORD, Role.ORGANISER, "组委会" + username, tree.organiser().getId(), null);
		return fixtures.user(username);
	}

	/** An order of the unit with one item per fee, in that status (PAID: paid online). */
	static Long order(JdbcTemplate jdbc, PayingUnit unit, String status, String... personAndFee) {
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 1; i < personAndFee.length; i += 2) {
			total = total.add(new BigDecimal(personAndFee[i]));
		}
		boolean paid = "PAID".equals(status);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update(
				"insert into payment_order (unit_id, status, total, created_by, created_at, updated_at, paid_at,"
						+ " paid_by, session_id) values (?, ?, ?, 'test', ?, ?, ?, ?, ?)",
				unit.unitId(), status, total, now, now, paid ? now : null, paid ? "ONLINE" : null,
				paid ? "order-x-1" : null);
		Long orderId = jdbc.queryForObject("select max(id) from payment_order where unit_id = ?", Long.class,
				unit.unitId());
		for (int i = 0; i < personAndFee.length; i += 2) {
			jdbc.update(
					"insert into payment_item (case_id, person_id, person_name, unit_id, fee, status, order_id,"
							+ " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					java.util.UUID.randomUUID().toString(), 800_000L + SEQUENCE.incrementAndGet(), personAndFee[i],
					unit.unitId(), new BigDecimal(personAndFee[i + 1]), paid ? "PAID" : "OPEN", orderId, now, now);
		}
		return orderId;
	}

	static String invoiceStatus(JdbcTemplate jdbc, Long orderId) {
		return jdbc.queryForList("select status from invoice_request where order_id = ?", String.class, orderId)
			.stream()
			.findFirst()
			.orElse(null);
	}

	static int invoiceRows(JdbcTemplate jdbc, Long orderId) {
		return jdbc.queryForObject("select count(*) from invoice_request where order_id = ?", Integer.class, orderId);
	}

}
