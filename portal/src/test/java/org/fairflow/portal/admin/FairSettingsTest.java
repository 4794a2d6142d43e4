package org.fairflow.portal.admin;

import java.time.LocalDate;

import org.fairflow.portal.fair.FairEdition;
import org.fairflow.portal.fair.FairSettings;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The edition and entry dates live in the database: the organiser changes them during a
 * season, every change is kept, and new persons get the dates in force.
 */
@PortalTest
@AutoConfigureMockMvc
class FairSettingsTest {

	@Autowired
	FairSettings fair;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	WebPages pages;

	FairEdition before;

	PortalUser organiser;

	@BeforeEach
	void remember() {
		this.pages = new WebPages(this.mvc);
		this.before = this.fair.current();
		this.organiser = this.fixtures.organiserReviewer(this.fixtures.tree());
	}

	@AfterEach
	void restore() {
		FairEdition now = this.fair.current();
		if (!now.equals(this.before)) {
			this.fair.change(this.before.edition(), this.before.entryFrom(), this.before.entryTo(), "test");
		}
	}

	@Test
	void theSettingsAreSeededFromTheConfigurationAndKeptInTheDatabase() {
		assertThat(this.jdbc.queryForObject("select count(*) from fair_setting where changed_by = 'application.yaml'",
				Long.class))
			.isPositive();
		assertThat(this.fair.history()).isNotEmpty();
	}

	@Test
	void aConfirmedChangeGivesNewPersonsTheNewDatesAndIsKeptInTheHistory() throws Exception {
		RegistrationForm unit = Fixtures.form(UnitCategory.ENTERPRISE, this.fixtures.tree().sub());
		String caseId = this.fixtures.register(unit);
		this.fixtures.awaitStatus(caseId, "APPROVED");
		PortalUser applicant = this.fixtures.user(CreditCode.normalise(unit.getCreditCode()));
		int edition = this.before.edition() + 1;
		LocalDate from = this.before.entryFrom().plusYears(1);
		LocalDate to = from.plusDays(3);

		String confirm = this.pages.page(post("/admin/settings").param("edition", String.valueOf(edition))
			.param("entryFrom", from.toString())
			.param("entryTo", to.toString())
			.with(user(this.organiser))
			.with(csrf()));
		assertThat(confirm).contains("id=\"settings-confirm\"", "id=\"effect-edition\"", "id=\"effect-dates\"");
		assertThat(this.fair.current()).isEqualTo(this.before);

		this.pages.perform(post("/admin/settings").param("edition", String.valueOf(edition))
			.param("entryFrom", from.toString())
			.param("entryTo", to.toString())
			.param("confirm", "true")
			.with(user(this.organiser))
			.with(csrf()));

		FairEdition now = this.fair.current();
		assertThat(now.edition()).isEqualTo(edition);
		assertThat(now.entryFrom()).isEqualTo(from);
		assertThat(now.entryTo()).isEqualTo(to);
		assertThat(now.changedBy()).isEqualTo(this.organiser.getUsername());
		assertThat(this.fair.history().get(1).edition()).isEqualTo(this.before.edition());
		assertThat(this.pages.page(get("/badge/persons/new").with(user(applicant)))).contains("value=\"" + from + "\"",
				"value=\"" + to + "\"");
		assertThat(this.pages.page(get("/admin/settings").with(user(this.organiser))))
			.contains("id=\"settings-history\"", this.organiser.getUsername());
		assertThat(this.jdbc.queryForList(
				"select detail from audit_entry where action = 'settings.changed' and actor = ? order by id",
				String.class, this.organiser.getUsername()))
			.singleElement()
			.asString()
			.contains("-> " + edition);
	}

	@Test
	void aLowerEditionReversedDatesOrGarbageAreRefusedAndNothingIsStored() throws Exception {
		int rows = this.fair.history().size();
		String lower = this.pages
			.page(post("/admin/settings").param("edition", String.valueOf(this.before.edition() - 1))
				.param("entryFrom", this.before.entryFrom().toString())
				.param("entryTo", this.before.entryTo().toString())
				.param("confirm", "true")
				.with(user(this.organiser))
				.with(csrf()));
		assertThat(lower).contains("id=\"flash-error\"");
		String reversed = this.pages
			.page(post("/admin/settings").param("edition", String.valueOf(this.before.edition()))
				.param("entryFrom", "2030-01-10")
				.param("entryTo", "2030-01-01")
				.param("confirm", "true")
				.with(user(this.organiser))
				.with(csrf()));
		assertThat(reversed).contains("入场开始日期不能晚于结束日期");
		String garbage = this.pages.page(post("/admin/settings").param("edition", "eight")
			.param("entryFrom", "soon")
			.with(user(this.organiser))
			.with(csrf()));
		assertThat(garbage).contains("id=\"flash-error\"");

		assertThat(this.fair.current()).isEqualTo(this.before);
		assertThat(this.fair.history()).hasSize(rows);
	}

}
