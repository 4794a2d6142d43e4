package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.unit.UnitCategory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Units, finance accounts and badge-review cases for the payment tests. A badge case is
 * opened directly (no person row: the payment side does not need one) with the start
 * variables of docs/ARCHITECTURE.md for a self-paid visitor badge.
 */
public final class PaymentTestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

	private PaymentTestData() {
	}

	public record PayingUnit(Fixtures.Tree tree, Long unitId, PortalUser liaison) {
	}

	/** An approved unit under the tree's sub-delegation, with its liaison. */
	public static PayingUnit approvedUnit(Fixtures fixtures, Accounts accounts, JdbcTemplate jdbc) {
		Fixtures.Tree tree = fixtures.tree();
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		int n = SEQUENCE.incrementAndGet();
		jdbc.update("insert into unit (credit_code, name_zh, name_en, address, contact_name, contact_mobile,"
				+ " contact_email, category, organisation_id, product_areas, status, created_at, updated_at)"
				+ " values (?, ?, ?, '上海市测试路 1 号', '李联络', '13912345678', 'contact@example.com', 'ENTERPRISE', ?,"
				+ " 'FOOD_AGRI', 'APPROVED', current_timestamp, current_timestamp)", code, "缴费测试单位" + n,
				"Payment test unit " + n, tree.sub().getId());
		Long unitId = jdbc.queryForObject("select id from unit where credit_code = ?", Long.class, code);
		accounts.create(code, Fixtures.PASSWORD, Role.APPLICANT, "李联络", null, unitId);
		return new PayingUnit(tree, unitId, fixtures.user(code));
	}

	/** A finance account (organisation: the tree's organiser). */
	public static PortalUser finance(Fixtures fixtures, Accounts accounts, Fixtures.Tree tree) {
		String username = "fin" + SEQUENCE.incrementAndGet();
		accounts.create(username, Fixtures.PASSWORD, Role.FINANCE, "财务" + username, tree.organiser().getId(), null);
		return fixtures.user(username);
	}

	/** Opens a self-paid visitor badge case; returns its case id. */
	static String badgeCase(Cases cases, PayingUnit unit, String personName, String fee) {
		long personId = 900_000L + SEQUENCE.incrementAndGet();
		Map<String, Object> vars = new HashMap<>();
		vars.put("personId", personId);
		vars.put("personName", personName);
		vars.put("unitId", unit.unitId());
		vars.put("unitName", "缴费测试单位");
		vars.put("badgeType", "VISITOR");
		vars.put("fee", new BigDecimal(fee));
		vars.put("unifiedPayment", false);
		vars.put("delegationGroup", "org:" + unit.tree().delegation().getId());
		vars.put("organiserGroup", "org:" + unit.tree().organiser().getId());
		vars.put("financeGroup", "finance");
		vars.put("applicantGroup", "unit:" + unit.unitId());
		vars.put("contactMobile", "+8613912345678");
		vars.put("contactEmail", "contact@example.com");
		vars.put("entryFrom", "2026-11-05");
		vars.put("entryTo", "2026-11-10");
		return cases
			.open(new NewCase(CaseReactions.BADGE_FLOW, String.valueOf(personId), personName, null,
					"unit:" + unit.unitId(), unit.tree().sub().getId(), "SUBMITTED", "test", vars))
			.getId();
	}

	/** Waits until request-payment has stored the case's item; returns its id. */
	static Long awaitItem(JdbcTemplate jdbc, String caseId) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> jdbc.queryForList("select id from payment_item where case_id = ?", Long.class, caseId)
				.stream()
				.findFirst()
				.orElse(null), (id) -> id != null);
	}

	static String itemStatus(JdbcTemplate jdbc, Long itemId) {
		return jdbc.queryForObject("select status from payment_item where id = ?", String.class, itemId);
	}

	static String orderStatus(JdbcTemplate jdbc, Long orderId) {
		return jdbc.queryForObject("select status from payment_order where id = ?", String.class, orderId);
	}

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

}
