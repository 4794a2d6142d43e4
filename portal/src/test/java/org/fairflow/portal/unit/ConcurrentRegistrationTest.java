package org.fairflow.portal.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two registrations of one credit code at the same moment: one unit, one account, one
 * licence and one case; the other is told the code is taken, never a server error.
 */
@PortalTest
class ConcurrentRegistrationTest {

	@Autowired
	UnitRegistration registration;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@RepeatedTest(3)
	void oneOfTwoRacingRegistrationsWinsAndTheOtherIsToldTheCodeIsTaken() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm first = Fixtures.form(UnitCategory.ENTERPRISE, tree.sub());
		RegistrationForm second = Fixtures.form(UnitCategory.ENTERPRISE, tree.sub());
		second.setCreditCode(first.getCreditCode().toLowerCase(java.util.Locale.ROOT));
		LicenceImage licence = LicenceImage.of("licence.png", Fixtures.png());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> outcomes = new ArrayList<>();
			for (RegistrationForm form : List.of(first, second)) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						return this.registration.register(form, licence);
					}
					catch (RegistrationException ex) {
						return ex.getMessage();
					}
				}));
			}
			start.countDown();
			List<Object> results = new ArrayList<>();
			for (Future<Object> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}

			assertThat(results).filteredOn(Long.class::isInstance).hasSize(1);
			assertThat(results).filteredOn(String.class::isInstance).containsExactly("unit.creditCode.taken");
		}
		finally {
			pool.shutdownNow();
		}
		String code = CreditCode.normalise(first.getCreditCode());
		assertThat(count("select count(*) from unit where credit_code = ?", code)).isEqualTo(1);
		assertThat(count("select count(*) from user_account where username = ?", code)).isEqualTo(1);
		assertThat(count("select count(*) from unit_licence l join unit u on u.id = l.unit_id where u.credit_code = ?",
				code))
			.isEqualTo(1);
		assertThat(count("select count(*) from process_case c join unit u on c.business_key = cast(u.id as varchar)"
				+ " where c.flow = 'unit-review' and u.credit_code = ?", code))
			.isEqualTo(1);
	}

	private long count(String sql, String code) {
		return this.jdbc.queryForObject(sql, Long.class, code);
	}

}
