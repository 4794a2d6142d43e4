package org.fairflow.portal.refund;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Refund requests: how each badge ended, one claim per item (also when two requests
 * race), and claims released when the process refuses.
 */
@PortalTest
class RefundRequestsTest {

	@Autowired
	RefundRequests requests;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	RefundTestData.Unit unit;

	@BeforeEach
	void unit() {
		this.unit = RefundTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void eachLineSaysHowItsBadgeEndedAndWhoCancelledIt() {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("甲", "200.00"),
				RefundTestData.Person.cancelledByOrganiser("乙", "200.00"),
				RefundTestData.Person.cancelledByUnit("丙", "200.00"), RefundTestData.Person.active("丁", "200.00"));

		List<EndedAs> endedAs = this.requests.order(this.unit.unitId(), order.orderId())
			.lines()
			.stream()
			.map(RefundRequests.Line::endedAs)
			.toList();

		assertThat(endedAs).containsExactly(EndedAs.REJECTED, EndedAs.CANCELLED_BY_ORGANISER, EndedAs.CANCELLED_BY_UNIT,
				EndedAs.ACTIVE);
	}

	@Test
	void thePreviewSumsTheChosenLinesExactlyAndStoresNothing() {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("甲", "200.10"), RefundTestData.Person.rejected("乙", "0.20"),
				RefundTestData.Person.rejected("丙", "99.99"));

		RefundRequests.Preview preview = this.requests.preview(this.unit.unitId(), order.orderId(),
				List.of(order.itemIds().get(0), order.itemIds().get(1)));

		assertThat(preview.total()).isEqualTo(new java.math.BigDecimal("200.30"));
		assertThat(RefundTestData.refundsOf(this.jdbc, order.orderId())).isZero();
	}

	@Test
	void anotherUnitsOrderIsNotFound() {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("甲", "200.00"));
		RefundTestData.Unit other = RefundTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);

		assertThatThrownBy(() -> this.requests.order(other.unitId(), order.orderId()))
			.isInstanceOf(RefundNotFoundException.class);
		assertThatThrownBy(() -> this.requests.request(other.unitId(), order.orderId(), order.itemIds(), "intruder"))
			.isInstanceOf(RefundNotFoundException.class);
	}

	@Test
	void anOrderWhoseInvoiceIsStillBeingIssuedIsRefusedWithAMessage() {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("甲", "200.00"));
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update(
				"insert into process_case (id, flow, business_key, title, applicant_group, status, active,"
						+ " checkpoint_variables, created_at, updated_at)"
						+ " values (?, 'invoice-request', ?, 'invoice', ?, 'INVOICE_REQUESTED', true, '{}', ?, ?)",
				UUID.randomUUID().toString(), String.valueOf(order.orderId()), "unit:" + this.unit.unitId(), now, now);

		assertThatThrownBy(() -> this.requests.request(this.unit.unitId(), order.orderId(), order.itemIds(), "test"))
			.isInstanceOf(RefundException.class)
			.hasMessage("refund.invoicePending");
		assertThat(RefundTestData.refundsOf(this.jdbc, order.orderId())).isZero();
	}

	@Test
	void aSecondRequestForAClaimedItemIsRefusedWithAMessageNamingThePerson() {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("张三", "200.00"), RefundTestData.Person.rejected("李四", "200.00"));
		this.requests.request(this.unit.unitId(), order.orderId(), List.of(order.itemIds().get(0)), "test");

		assertThatThrownBy(() -> this.requests.request(this.unit.unitId(), order.orderId(), order.itemIds(), "test"))
			.isInstanceOfSatisfying(RefundException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("refund.lines.claimed");
				assertThat(ex.arguments()).containsExactly("张三");
			});
		assertThat(RefundTestData.refundsOf(this.jdbc, order.orderId())).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from refund_claim where item_id = ?", Integer.class,
				order.itemIds().get(1)))
			.isZero();
	}

	@Test
	void twoRequestsRacingForTheSameItemStoreExactlyOne() throws Exception {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("王五", "200.00"));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						return "stored "
								+ this.requests.request(this.unit.unitId(), order.orderId(), order.itemIds(), "test")
									.getId();
					}
					catch (RefundException ex) {
						return ex.messageKey();
					}
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}

			assertThat(results).filteredOn((r) -> r.startsWith("stored")).hasSize(1);
			assertThat(results).filteredOn((r) -> !r.startsWith("stored"))
				.singleElement()
				.isIn("refund.claimed", "refund.lines.claimed");
			assertThat(RefundTestData.refundsOf(this.jdbc, order.orderId())).isOne();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRequestTheRuleRefusesEndsRefusedWithTheReasonAndReleasesItsClaims() {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.cancelledByUnit("赵六", "200.00"));
		Refund refund = this.requests.request(this.unit.unitId(), order.orderId(), order.itemIds(), "test");

		this.fixtures.awaitStatus(refund.getCaseId(), "REFUND_REFUSED");

		assertThat(state(refund.getId())).isEqualTo("REFUSED");
		assertThat(this.jdbc.queryForObject("select reason from refund_request where id = ?", String.class,
				refund.getId()))
			.contains("因个人原因申请的退款不予办理");
		assertThat(this.jdbc.queryForObject("select count(*) from refund_claim where refund_id = ?", Integer.class,
				refund.getId()))
			.isZero();
		// Free to be asked again (and refused again by the rule).
		Refund again = this.requests.request(this.unit.unitId(), order.orderId(), order.itemIds(), "test");
		assertThat(again.getId()).isNotEqualTo(refund.getId());
	}

	private String state(Long refundId) {
		return this.jdbc.queryForObject("select state from refund_request where id = ?", String.class, refundId);
	}

}
