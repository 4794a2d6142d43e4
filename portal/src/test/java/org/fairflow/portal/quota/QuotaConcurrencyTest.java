package org.fairflow.portal.quota;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairflow.portal.quota.BadgeType.STAFF;
import static org.fairflow.portal.quota.BadgeType.VIP;

/**
 * Many requests at once against one quota: exactly as many get through as the quota
 * allows, every other one is told which level is exhausted, and every level's count
 * matches the ledger.
 */
@PortalTest
class QuotaConcurrencyTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Quotas quotas;

	@Autowired
	JdbcTemplate jdbc;

	LedgerFixtures ledger;

	Fixtures.Tree tree;

	@BeforeEach
	void tree() {
		this.ledger = new LedgerFixtures(this.fixtures, this.accounts, this.quotas);
		this.tree = this.fixtures.tree();
	}

	@Test
	void fortyConcurrentReservationsAgainstAUnitQuotaOfFifteenLetExactlyFifteenThrough() throws Exception {
		String code = this.ledger.chain(this.tree, VIP, 30, 20, 15);
		List<Callable<String>> requests = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String person = "c1:" + code + ":" + i;
			requests.add(() -> outcome(() -> this.quotas.reserve(person, VIP, code, subId())));
		}

		List<String> outcomes = runAtOnce(requests);

		assertThat(outcomes).filteredOn("ok"::equals).hasSize(15);
		assertThat(outcomes).filteredOn((o) -> !"ok".equals(o)).hasSize(25).containsOnly("VIP 15/15 at " + code);
		assertThat(this.ledger.ofUnit(code, subId(), VIP)).isEqualTo(new QuotaView.Usage(15, 15, 0, 15, false));
		assertThat(this.ledger.ofOrg(subId(), VIP).used()).isEqualTo(15);
		assertThat(this.ledger.ofOrg(delegationId(), VIP).used()).isEqualTo(15);
		assertThat(reservationsOf(code)).isEqualTo(15);
	}

	@Test
	void twoUnitsReservingAtOnceStopAtTheSubDelegationsQuota() throws Exception {
		this.ledger.delegation(this.tree, STAFF, 50);
		this.ledger.sub(this.tree, STAFF, 10);
		String a = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		String b = Fixtures.creditCode(UnitCategory.PUBLIC_INSTITUTION);
		List<Callable<String>> requests = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			for (String code : List.of(a, b)) {
				String person = "c2:" + code + ":" + i;
				requests.add(() -> outcome(() -> this.quotas.reserve(person, STAFF, code, subId())));
			}
		}

		List<String> outcomes = runAtOnce(requests);

		assertThat(outcomes).filteredOn("ok"::equals).hasSize(10);
		assertThat(outcomes).filteredOn((o) -> !"ok".equals(o))
			.hasSize(20)
			.containsOnly("STAFF 10/10 at " + this.tree.sub().getNameZh());
		assertThat(this.ledger.ofOrg(subId(), STAFF)).isEqualTo(new QuotaView.Usage(10, 10, 0, 10, false));
		assertThat(this.ledger.ofOrg(delegationId(), STAFF)).isEqualTo(new QuotaView.Usage(50, 10, 10, 0, false));
		assertThat(reservationsOf(a) + reservationsOf(b)).isEqualTo(10);
	}

	@Test
	void theSamePersonReservedByManyRequestsAtOnceConsumesOnce() throws Exception {
		String code = this.ledger.chain(this.tree, VIP, 10, 10, 10);
		String person = "c3:" + code;
		List<Callable<String>> requests = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			requests.add(() -> outcome(() -> this.quotas.reserve(person, VIP, code, subId())));
		}

		assertThat(runAtOnce(requests)).containsOnly("ok");
		assertThat(this.ledger.ofUnit(code, subId(), VIP).used()).isEqualTo(1);
		assertThat(this.ledger.ofOrg(subId(), VIP).used()).isEqualTo(1);
		assertThat(this.ledger.ofOrg(delegationId(), VIP).used()).isEqualTo(1);
	}

	@Test
	void reservationsReleasesUpgradesAndAllocationChangesRacingKeepEveryLevelInStep() throws Exception {
		this.ledger.delegation(this.tree, STAFF, 20);
		this.ledger.delegation(this.tree, VIP, 20);
		this.ledger.sub(this.tree, STAFF, 12);
		this.ledger.sub(this.tree, VIP, 12);
		String own = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		String shared = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		this.ledger.unitOfSub(this.tree, own, STAFF, 6);
		this.ledger.unitOfSub(this.tree, own, VIP, 6);
		for (int i = 0; i < 4; i++) {
			this.quotas.reserve("c4:" + own + ":held" + i, STAFF, own, subId());
		}
		List<Callable<String>> requests = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String person = "c4:" + own + ":" + i;
			String other = "c4:" + shared + ":" + i;
			String held = "c4:" + own + ":held" + (i % 4);
			int amount = 4 + i;
			BadgeType otherType = (i % 2 == 0) ? VIP : STAFF;
			requests.add(() -> outcome(() -> this.quotas.reserve(person, STAFF, own, subId())));
			requests.add(() -> outcome(() -> this.quotas.reserve(other, otherType, shared, subId())));
			requests.add(() -> outcome(() -> this.quotas.upgrade(held, VIP, own, subId(), null)));
			requests.add(() -> outcome(() -> this.quotas.release(held)));
			requests.add(() -> outcome(() -> this.ledger.unitOfSub(this.tree, own, VIP, amount)));
			requests.add(() -> outcome(() -> this.ledger.sub(this.tree, STAFF, amount + 4)));
		}

		List<String> outcomes = runAtOnce(requests);

		assertThat(outcomes).allMatch(
				(o) -> o.equals("ok") || o.startsWith("STAFF ") || o.startsWith("VIP ") || o.startsWith("quota."),
				"a clear outcome: %s");
		for (BadgeType type : BadgeType.WITH_QUOTA) {
			QuotaView.Usage unit = this.ledger.ofUnit(own, subId(), type);
			QuotaView.Usage sub = this.ledger.ofOrg(subId(), type);
			QuotaView.Usage delegation = this.ledger.ofOrg(delegationId(), type);
			int ownHeld = count("unit_credit_code = ? and badge_type = ? and allocation_id in "
					+ "(select id from quota_allocation where credit_code is not null)", own, type.name());
			int sharedHeld = count("unit_org_id = ? and badge_type = ? and allocation_id in "
					+ "(select id from quota_allocation where org_id is not null)", subId(), type.name());
			assertThat(unit.used()).as(type + " unit").isEqualTo(ownHeld).isLessThanOrEqualTo(unit.allocated());
			assertThat(sub.directUsed()).as(type + " sub direct").isEqualTo(sharedHeld);
			assertThat(sub.used()).as(type + " sub").isEqualTo(ownHeld + sharedHeld);
			assertThat(sub.onward() + sub.directUsed()).isLessThanOrEqualTo(sub.allocated());
			assertThat(sub.onward()).isEqualTo(unit.allocated());
			assertThat(delegation.used()).as(type + " delegation").isEqualTo(ownHeld + sharedHeld);
			assertThat(delegation.onward()).isEqualTo(sub.allocated());
		}
	}

	private int count(String where, Object... args) {
		return this.jdbc.queryForObject("select count(*) from quota_reservation where " + where, Integer.class, args);
	}

	private int reservationsOf(String code) {
		return count("unit_credit_code = ?", code);
	}

	/**
	 * "ok", the exceeded message, or the refusal's key; anything else fails the request.
	 */
	private static String outcome(Runnable action) {
		try {
			action.run();
			return "ok";
		}
		catch (QuotaExceededException ex) {
			return ex.getMessage();
		}
		catch (QuotaException ex) {
			return ex.messageKey();
		}
	}

	/**
	 * Starts every request at the same moment (a start gate) and collects the outcomes.
	 */
	private static List<String> runAtOnce(List<Callable<String>> requests) throws Exception {
		CountDownLatch ready = new CountDownLatch(requests.size());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		try {
			List<Future<String>> futures = new ArrayList<>();
			for (Callable<String> request : requests) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					start.await();
					return request.call();
				}));
			}
			ready.await(30, TimeUnit.SECONDS);
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> future : futures) {
				outcomes.add(future.get(120, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Long delegationId() {
		return this.tree.delegation().getId();
	}

	private Long subId() {
		return this.tree.sub().getId();
	}

}
