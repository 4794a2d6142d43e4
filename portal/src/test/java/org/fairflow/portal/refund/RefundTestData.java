package org.fairflow.portal.refund;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairflow.portal.payment.PaymentTestData;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.unit.UnitCategory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Paid orders for the refund tests, written directly: a unit, its order (PAID, online
 * with a paid simulated session, or by transfer) and one item per person, each with a
 * closed badge case in the status that decides how the badge ended.
 */
final class RefundTestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

	private RefundTestData() {
	}

	record Unit(Fixtures.Tree tree, Long unitId, PortalUser liaison) {
	}

	/**
	 * A person on the order: the badge case's status, and whether the organiser
	 * cancelled.
	 */
	record Person(String name, String fee, String caseStatus, boolean byOrganiser) {

		static Person rejected(String name, String fee) {
			return new Person(name, fee, "REJECTED", false);
		}

		static Person cancelledByUnit(String name, String fee) {
			return new Person(name, fee, "CANCELLED", false);
		}

		static Person cancelledByOrganiser(String name, String fee) {
			return new Person(name, fee, "CANCELLED", true);
		}

		static Person active(String name, String fee) {
			return new Person(name, fee, "APPROVED", false);
		}

	}

	record Order(Long orderId, String sessionId, List<Long> itemIds) {
	}

	static Unit approvedUnit(Fixtures fixtures, Accounts accounts, JdbcTemplate jdbc) {
		PaymentTestData.PayingUnit unit = PaymentTestData.approvedUnit(fixtures, accounts, jdbc);
		return new Unit(unit.tree(), unit.unitId(), unit.liaison());
	}

	static PortalUser finance(Fixtures fixtures, Accounts accounts, Fixtures.Tree tree) {
		return PaymentTestData.finance(fixtures, accounts, tree);
	}

	static PortalUser organiser(Fixtures fixtures, Accounts accounts, Fixtures.Tree tree) {
		String username = "rorg" + SEQUENCE.incrementAndGet();
		accounts.create(username, Fixtures.PASSWORD, Role.ORGANISER, "组委会" + username, tree.organiser().getId(), null);
		return fixtures.user(username);
	}

	/** An order paid online on a paid simulated session. */
	static Order paidOnline(JdbcTemplate jdbc, Unit unit, Person... persons) {
		return paid(jdbc, unit, "ONLINE", persons);
	}

	static Order paidByTransfer(JdbcTemplate jdbc, Unit unit, Person... persons) {
		return paid(jdbc, unit, "TRANSFER", persons);
	}

	private static Order paid(JdbcTemplate jdbc, Unit unit, String paidBy, Person... persons) {
		BigDecimal total = BigDecimal.ZERO;
		for (Person p : persons) {
			total = total.add(new BigDecimal(p.fee()));
		}
		Timestamp now = Timestamp.from(Instant.now());
		String sessionId = "ONLINE".equals(paidBy) ? UUID.randomUUID().toString() : null;
		Long orderId = jdbc.queryForObject(
				"insert into payment_order (unit_id, status, total, created_by, created_at, updated_at, paid_at, paid_by,"
						+ " payment_attempt, session_id) values (?, 'PAID', ?, 'test', ?, ?, ?, ?, 1, ?) returning id",
				Long.class, unit.unitId(), total, now, now, now, paidBy, sessionId);
		if (sessionId != null) {
			jdbc.update(
					"insert into payment_session (session_id, reference, amount, description, return_url, status,"
							+ " created_at, completed_at) values (?, ?, ?, 'test', '/payment', 'PAID', ?, ?)",
					sessionId, "order-" + orderId + "-1", total, now, now);
		}
		List<Long> items = new ArrayList<>();
		for (Person p : persons) {
			String caseId = badgeCase(jdbc, unit, p);
			String itemStatus = "APPROVED".equals(p.caseStatus()) ? "PAID" : "REFUNDABLE";
			items.add(jdbc.queryForObject(
					"insert into payment_item (case_id, person_id, person_name, unit_id, fee, status, order_id,"
							+ " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
					Long.class, caseId, 800_000L + SEQUENCE.incrementAndGet(), p.name(), unit.unitId(),
					new BigDecimal(p.fee()), itemStatus, orderId, now, now));
		}
		return new Order(orderId, sessionId, items);
	}

	/** A closed badge case in the person's status, with who asked for a cancellation. */
	private static String badgeCase(JdbcTemplate jdbc, Unit unit, Person p) {
		String caseId = UUID.randomUUID().toString();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update(
				"insert into process_case (id, flow, business_key, title, applicant_group, scope_org_id, status, active,"
						+ " checkpoint_variables, created_at, updated_at) values (?, 'badge-review', ?, ?, ?, ?, ?, false,"
						+ " '{}', ?, ?)",
				caseId, String.valueOf(SEQUENCE.incrementAndGet()), p.name(), "unit:" + unit.unitId(),
				unit.tree().sub().getId(), p.caseStatus(), now, now);
		if ("CANCELLED".equals(p.caseStatus())) {
			jdbc.update("insert into case_event (case_id, occurred_at, actor, event, comment) values (?, ?, ?, ?, ?)",
					caseId, now, p.byOrganiser() ? "主办方" : "李联络",
					p.byOrganiser() ? "ORGANISER_CANCEL_REQUESTED" : "CANCEL_REQUESTED", "test");
		}
		return caseId;
	}

	static int refundsOf(JdbcTemplate jdbc, Long orderId) {
		return jdbc.queryForObject("select count(*) from refund_request where order_id = ?", Integer.class, orderId);
	}

	static int gatewayRefunds(JdbcTemplate jdbc, String reference) {
		return jdbc.queryForObject("select count(*) from payment_refund_simulated where reference = ?", Integer.class,
				reference);
	}

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

}
