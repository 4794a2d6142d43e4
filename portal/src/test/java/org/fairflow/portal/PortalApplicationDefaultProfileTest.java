package org.fairflow.portal;

import java.nio.file.Path;
import java.util.Map;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.tasks.InboxFilter;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as it runs out of the box: default profile, an H2 file database, the
 * embedded engine and the demo data, with no PostgreSQL and no test profile.
 */
@SpringBootTest(properties = "fairflow.engine.embedded-port=0")
@Import(Fixtures.class)
@DirtiesContext
class PortalApplicationDefaultProfileTest {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("fairflow.data-dir", () -> dataDir.toString());
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("fairflow")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	@Autowired
	Environment environment;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organisations organisations;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Cases cases;

	@Autowired
	org.fairflow.portal.quota.Quotas quotas;

	@Test
	void demoDataLoadsAndItsEnterpriseIsApprovedAutomatically() {
		assertThat(this.environment.getActiveProfiles()).isEmpty();
		assertThat(this.environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:");

		String enterprise = CreditCode.withCheckCharacter("91310115MA1K4ABCD");
		String chamber = CreditCode.withCheckCharacter("51310115MJ5012345");
		String bureau = CreditCode.withCheckCharacter("11320000014000123");
		for (String login : new String[] { enterprise, chamber, bureau }) {
			assertThat(this.fixtures.user(login).unitId()).as(login).isNotNull();
		}
		assertThat(this.fixtures.user("pudong").organisationId()).isNotNull();

		CaseRecord enterpriseCase = onlyCase(enterprise);
		this.fixtures.awaitClosed(enterpriseCase.getId());
		assertThat(this.fixtures.caseRecord(enterpriseCase.getId()).getStatus()).isEqualTo("APPROVED");
		assertThat(this.fixtures.awaitOpenTask(onlyCase(chamber).getId(), "Task_FirstReview")).isNotNull();
		assertThat(this.fixtures.awaitOpenTask(onlyCase(bureau).getId(), "Task_SecondReview")).isNotNull();
	}

	@Test
	void demoQuotasAreAllocatedDownTheTreeIncludingAUnitNotYetRegistered() {
		Organisation shanghai = organisation("SH");
		Organisation pudong = organisation("SH-PD");

		assertThat(this.quotas.usage(shanghai.getId()).vip().label()).isEqualTo("0/80");
		assertThat(this.quotas.usage(pudong.getId()).staff().label()).isEqualTo("0/60");
		assertThat(this.quotas.usageForUnit(CreditCode.withCheckCharacter("91310115MA1K4ABCD"), pudong.getId())
			.vip()
			.label()).isEqualTo("0/2");
		assertThat(this.quotas.usageForUnit(CreditCode.withCheckCharacter("91310115MA1K4WXY1"), pudong.getId())
			.staff()
			.label()).isEqualTo("0/5");
	}

	@Test
	void theDemoTradeBodyAndTheOrganiserHoldTwentyUnusedCodesEachAndNoDemoUnitExhibits() {
		org.fairflow.portal.security.PortalUser culture = this.fixtures.user("culture");
		Organisation tradeBody = this.organisations.find(culture.organisationId()).orElseThrow();
		Long organiser = this.fixtures.user("organiser").organisationId();

		assertThat(culture.role()).isEqualTo(org.fairflow.portal.security.Role.EXHIBITION_REVIEWER);
		assertThat(tradeBody.getCode()).isEqualTo("TB-CULTURE");
		assertThat(tradeBody.getKind()).isEqualTo(org.fairflow.portal.org.OrganisationKind.TRADE_BODY);
		assertThat(tradeBody.getParentId()).isEqualTo(organiser);
		for (Long org : new Long[] { tradeBody.getId(), organiser }) {
			assertThat(this.jdbc
				.queryForObject("select count(*) from invitation_code where organisation_id = ? and status = 'ISSUED'"
						+ " and expires_at > current_timestamp", Long.class, org))
				.isEqualTo(20);
		}
		assertThat(
				this.exhibitors.ofUnit(this.fixtures.user(CreditCode.withCheckCharacter("91310115MA1K4ABCD")).unitId()))
			.isEmpty();
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.fairflow.portal.exhibitor.Exhibitors exhibitors;

	private Organisation organisation(String code) {
		return this.organisations.joinable().stream().filter((o) -> o.getCode().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void aNewSocialOrganisationIsApprovedAtBothLevels() {
		Organisation pudong = this.organisations.joinable()
			.stream()
			.filter((o) -> o.getCode().equals("SH-PD"))
			.findFirst()
			.orElseThrow();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, pudong);
		String caseId = this.fixtures.register(form);

		HumanTask first = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		assertThat(this.tasks.inbox(this.fixtures.user("pudong"), InboxFilter.unclaimed(), PageRequest.of(0, 20)))
			.extracting(HumanTask::getId)
			.contains(first.getId());
		this.tasks.decide(first.getId(), this.fixtures.user("pudong"), "approve", "材料齐全", Map.of());
		HumanTask second = this.fixtures.awaitOpenTask(caseId, "Task_SecondReview");
		this.tasks.decide(second.getId(), this.fixtures.user("shanghai"), "approve", null, Map.of());

		this.fixtures.awaitClosed(caseId);
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("APPROVED");
		assertThat(this.cases.history(caseId)).filteredOn((e) -> "DECIDED".equals(e.getEvent()))
			.extracting((e) -> e.getStep() + ":" + e.getDecision())
			.containsExactly("Task_FirstReview:approve", "Task_SecondReview:approve");
	}

	private CaseRecord onlyCase(String login) {
		return this.cases.forApplicant("unit:" + this.fixtures.user(login).unitId()).get(0);
	}

}
