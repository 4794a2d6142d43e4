package org.fairflow.portal.exhibitor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two units register with one code at the same moment: one exhibitor, the code used by
 * it, and the other unit is told the code was used, never a server error.
 */
@PortalTest
class ConcurrentExhibitorRegistrationTest {

	@Autowired
	Exhibitors exhibitors;

	@Autowired
	InvitationCodes codes;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@RepeatedTest(3)
	void oneOfTwoUnitsRacingForOneCodeExhibitsAndTheOtherIsToldItWasUsed() throws Exception {
		InviterFixtures inviters = new InviterFixtures(this.fixtures, this.organisations, this.accounts, this.codes);
		Fixtures.Tree tree = this.fixtures.tree();
		Organisation tradeBody = inviters.tradeBody(tree);
		InvitationCode code = inviters.codes(tradeBody, 1).get(0);
		List<Long> units = List.of(inviters.unit(tree).unitId(), inviters.unit(tree).unitId());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Object> results = new ArrayList<>();
		try {
			List<Future<Object>> outcomes = new ArrayList<>();
			for (Long unitId : units) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						return this.exhibitors.register(unitId, InviterFixtures.registration(code.getCode()), "unit")
							.getId();
					}
					catch (InvitationRefusedException ex) {
						return ex.messageKey();
					}
				}));
			}
			start.countDown();
			for (Future<Object> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(results).filteredOn(Long.class::isInstance).hasSize(1);
		assertThat(results).filteredOn(String.class::isInstance).containsExactly("invitation.used");
		Long winner = (Long) results.stream().filter(Long.class::isInstance).findFirst().orElseThrow();
		assertThat(
				this.jdbc.queryForObject("select count(*) from exhibitor where code_id = ?", Long.class, code.getId()))
			.isOne();
		assertThat(this.jdbc.queryForObject("select used_by_exhibitor_id from invitation_code where id = ?", Long.class,
				code.getId()))
			.isEqualTo(winner);
	}

}
