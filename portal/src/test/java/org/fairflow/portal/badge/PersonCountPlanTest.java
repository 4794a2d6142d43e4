package org.fairflow.portal.badge;

import org.fairflow.portal.query.BoundedQueries;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chip's count on the persons overview stops at the limit and reads the persons it
 * counts once. Counting {@code id in (sub-select)} read each of them a second time by its
 * id, 1,001 more index scans per chip, which made a delegation's overview at 500,000
 * persons take twice as long. PostgreSQL's statistics of the current transaction tell how
 * often the table was scanned; everything is rolled back.
 */
@PortalTest
class PersonCountPlanTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BoundedQueries bounded;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aBoundedCountScansThePersonsTableOnceAndStopsAtTheLimit() {
		long organisation = this.fixtures.tree().sub().getId();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			status.setRollbackOnly();
			long unit = BadgeTestData.unitRow(this.jdbc, organisation, "计数单位", "Counted unit");
			this.jdbc.update("""
					insert into badge_person (unit_id, nationality, name_zh, gender, document_type, document_number,
					    birth_date, job_title, badge_type, entry_from, entry_to, status, has_photo, created_at,
					    updated_at, version, delivery_method)
					select ?, 'CN', '计数' || g, 'MALE', 'PASSPORT', 'C' || lpad(g::text, 12, '0'), date '1980-01-01',
					    '职员', 'VISITOR', date '2025-11-05', date '2025-11-10', 'DELIVERED', false, now(), now(), 0,
					    'DEFAULT'
					from generate_series(1, 1500) g""", unit);
			Specification<Person> delivered = (person, query, cb) -> cb.and(cb.equal(person.get("unitId"), unit),
					cb.equal(person.get("status"), PersonStatus.DELIVERED));
			long scansBefore = scans();

			long counted = this.bounded.countUpTo(Person.class, delivered, BoundedQueries.LIMIT);

			assertThat(counted).isEqualTo(BoundedQueries.LIMIT + 1);
			assertThat(scans() - scansBefore).as("scans of badge_person").isEqualTo(1);
		});
	}

	private long scans() {
		return this.jdbc.queryForObject("select coalesce(seq_scan, 0) + coalesce(idx_scan, 0)"
				+ " from pg_stat_xact_user_tables where relname = 'badge_person' and schemaname = current_schema()",
				Long.class);
	}

}
