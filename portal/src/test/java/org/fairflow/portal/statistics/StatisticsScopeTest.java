package org.fairflow.portal.statistics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.fairflow.portal.badge.PersonStage;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.UnitRows;
import org.fairflow.portal.support.WebPages;
import org.fairflow.portal.unit.UnitStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A delegation's statistics hold its subtree only, a sub-delegation's only itself; the
 * same holds for the statistics export and the unit export.
 */
@PortalTest
@AutoConfigureMockMvc
class StatisticsScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Statistics statistics;

	@Autowired
	Exports exports;

	StatisticsData data;

	StatisticsFilter none = StatisticsFilter.of(null, null, null, null);

	@BeforeEach
	void setUp() {
		this.data = new StatisticsData(this.fixtures, new UnitRows(this.jdbc));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aDelegationSeesItsOwnRowWithItsSubDelegationIndentedAndNoOtherDelegation() {
		List<StatisticsRow> rows = this.statistics.table(reviewer(this.data.tree.delegationReviewer()), this.none);

		assertThat(rows).extracting(StatisticsRow::getOrgId)
			.containsExactly(this.data.tree.delegation().getId(), this.data.tree.sub().getId(), null);
		StatisticsRow delegation = rows.get(0);
		StatisticsRow sub = rows.get(1);
		StatisticsRow total = rows.get(2);
		assertThat(sub.isIndented()).isTrue();
		assertThat(delegation.getUnitsRegistered()).isEqualTo(5);
		assertThat(delegation.units(UnitStatus.APPROVED)).isEqualTo(2);
		assertThat(delegation.units(UnitStatus.REJECTED)).isEqualTo(1);
		assertThat(delegation.persons(PersonStage.REGISTERED)).isEqualTo(7);
		assertThat(delegation.persons(PersonStage.SUBMITTED)).isEqualTo(5);
		assertThat(delegation.persons(PersonStage.APPROVED)).isEqualTo(3);
		assertThat(delegation.persons(PersonStage.ISSUED)).isEqualTo(2);
		assertThat(delegation.type(BadgeType.VISITOR)).isEqualTo(4);
		assertThat(delegation.getPayments().getCount()).isEqualTo(3);
		assertThat(delegation.getPayments().getAmount()).isEqualByComparingTo("400.00");
		assertThat(delegation.getRefunds().getCount()).isEqualTo(1);
		assertThat(delegation.getRefunds().getAmount()).isEqualByComparingTo("100.00");
		assertThat(sub.getPayments().getAmount()).isEqualByComparingTo("100.00");
		assertThat(sub.getRefunds().getCount()).isZero();
		assertThat(sub.getUnitsRegistered()).isEqualTo(3);
		assertThat(sub.persons(PersonStage.REGISTERED)).isEqualTo(3);
		assertThat(total.getUnitsRegistered()).isEqualTo(5);
		assertThat(total.persons(PersonStage.REGISTERED)).isEqualTo(7);
	}

	@Test
	void anotherDelegationsNumbersAreNotCountedAnywhere() {
		List<StatisticsRow> rows = this.statistics.table(reviewer(this.data.tree.otherReviewer()), this.none);

		assertThat(rows).extracting(StatisticsRow::getOrgId).containsExactly(this.data.tree.other().getId(), null);
		assertThat(rows.get(1).getUnitsRegistered()).isEqualTo(1);
		assertThat(rows.get(1).persons(PersonStage.REGISTERED)).isEqualTo(2);
		assertThat(rows.get(1).getPayments().getAmount()).isEqualByComparingTo("300.00");
		assertThat(rows.get(1).getRefunds().getCount()).isZero();
	}

	@Test
	void aSubDelegationSeesOnlyItself() {
		List<StatisticsRow> rows = this.statistics.table(reviewer(this.data.tree.subReviewer()), this.none);

		assertThat(rows).extracting(StatisticsRow::getOrgId).containsExactly(this.data.tree.sub().getId(), null);
		assertThat(rows.get(0).isIndented()).isFalse();
		assertThat(rows.get(1).getUnitsRegistered()).isEqualTo(3);
		assertThat(rows.get(1).units(UnitStatus.APPROVED)).isEqualTo(1);
		assertThat(rows.get(1).persons(PersonStage.ISSUED)).isEqualTo(1);
	}

	@Test
	void anotherDelegationsPaymentsCannotBeListed() throws Exception {
		PortalUser reviewer = reviewer(this.data.tree.delegationReviewer());
		String html = new WebPages(this.mvc)
			.page(get("/statistics/payments").param("org", this.data.tree.other().getId().toString())
				.with(user(reviewer)));

		assertThat(html).contains("id=\"filter-ignored\"").contains("data-total=\"0\"");
	}

	@Test
	void theStatisticsExportHoldsTheSubtreeOnly() throws Exception {
		String csv = exported("/statistics/export", this.data.tree.delegationReviewer());

		assertThat(csv).contains(this.data.tree.delegation().getNameZh(), this.data.tree.sub().getNameZh())
			.doesNotContain(this.data.tree.other().getNameZh());
		assertThat(csv.lines().count()).isEqualTo(4);
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith(
				"\"" + this.data.tree.delegation().getNameZh() + "\",\"5\",\"0\",\"1\",\"1\",\"2\",\"1\",\"7\",\"5\"");
	}

	@Test
	void theUnitExportHoldsTheSubtreeOnly() throws Exception {
		String csv = exported("/units/export?q=" + this.data.tag, this.data.tree.subReviewer());

		assertThat(csv).contains(this.data.tag + "分团企业", this.data.tag + "分团商会", this.data.tag + "分团退回")
			.doesNotContain(this.data.tag + "团直属", this.data.tag + "他团企业");
		assertThat(csv.lines().count()).isEqualTo(4);
	}

	@Test
	void thePaymentAndRefundExportsHoldTheSubtreeOnly() throws Exception {
		String payments = exported("/statistics/payments/export", this.data.tree.delegationReviewer());
		String refunds = exported("/statistics/refunds/export", this.data.tree.delegationReviewer());

		assertThat(payments.lines().count()).as("header and the delegation's 3 paid orders").isEqualTo(4);
		assertThat(payments).doesNotContain(this.data.tag + "他团企业");
		assertThat(refunds.lines().count()).as("header and the delegation's 1 refund").isEqualTo(2);
	}

	private String exported(String path, String username) throws Exception {
		PortalUser reviewer = reviewer(username);
		String separator = path.contains("?") ? "&" : "?";
		String location = new WebPages(this.mvc).perform(get(path + separator + "format=csv").with(user(reviewer)))
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/exports/");
		String id = location.substring("/exports/".length());
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(reviewer, null, reviewer.getAuthorities()));
		// The job belongs to the signed-in user, whom only this thread knows.
		Path file = await().pollInSameThread().until(() -> this.exports.file(id), Optional::isPresent).orElseThrow();
		return Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
	}

	private PortalUser reviewer(String username) {
		return this.fixtures.user(username);
	}

}
