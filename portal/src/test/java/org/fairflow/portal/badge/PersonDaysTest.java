package org.fairflow.portal.badge;

import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.Map;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics' persons per day are counted by the database, by quarter hour, and added
 * up to days in the fair's zone (Asia/Shanghai, UTC+8): a person entered at 23:59 local
 * time counts on that day, one entered a second after midnight on the next.
 */
@PortalTest
class PersonDaysTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Persons persons;

	@Autowired
	PersonStatistics statistics;

	@Test
	void personsCountOnTheDayTheyWereEnteredInTheFairsZone() {
		Fixtures.Tree tree = this.fixtures.tree();
		long unit = BadgeTestData.unitRow(this.jdbc, tree.sub().getId(), "按日单位", "Per-day unit");
		enteredAt(unit, "2001-05-01T00:00:00Z"); // 08:00 on 1 May in Shanghai
		enteredAt(unit, "2001-05-01T15:59:59Z"); // 23:59:59 on 1 May
		enteredAt(unit, "2001-05-01T16:00:00Z"); // midnight, 2 May
		enteredAt(unit, "2001-05-03T15:45:00Z"); // 23:45 on 3 May
		enteredAt(unit, "2001-05-04T16:00:00Z"); // 5 May, outside the query
		String username = "days" + System.nanoTime();
		this.accounts.create(username, Fixtures.PASSWORD, Role.ORGANISER, "组委会", tree.organiser().getId(), null);
		PortalUser organiser = this.fixtures.user(username);

		Map<LocalDate, Long> days = this.statistics.registrationsPerDay(organiser, new PersonQuery(
				tree.delegation().getId(), null, null, LocalDate.of(2001, 5, 1), LocalDate.of(2001, 5, 4)));

		assertThat(days).isEqualTo(
				Map.of(LocalDate.of(2001, 5, 1), 2L, LocalDate.of(2001, 5, 2), 1L, LocalDate.of(2001, 5, 3), 1L));
	}

	private void enteredAt(long unit, String instant) {
		PersonForm form = PersonRulesTest.domestic();
		PersonRules.Result checked = PersonRules.check(form);
		long id = this.persons.add(unit, checked.checked(), null).getId();
		this.jdbc.update("update badge_person set created_at = ? where id = ?", Timestamp.from(Instant.parse(instant)),
				id);
	}

}
