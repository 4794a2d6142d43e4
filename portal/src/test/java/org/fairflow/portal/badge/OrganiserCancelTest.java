package org.fairflow.portal.badge;

import java.util.List;

import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The organiser cancels (注销) a submitted person with a reason: the process confirms it as
 * for the unit's own cancellation, and the history tells the two apart.
 */
@PortalTest
@AutoConfigureMockMvc
class OrganiserCancelTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Persons persons;

	@Autowired
	BadgeApplications applications;

	@Autowired
	BadgeLifecycle lifecycle;

	@Autowired
	Cases cases;

	@Autowired
	MockMvc mvc;

	Fixtures.Tree tree;

	PortalUser liaison;

	PortalUser organiser;

	@BeforeEach
	void unitAndOrganiser() {
		this.tree = this.fixtures.tree();
		this.liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc, this.tree);
		String name = "cancelorg" + this.tree.organiser().getId();
		this.accounts.create(name, Fixtures.PASSWORD, Role.ORGANISER, "组委会", this.tree.organiser().getId(), null);
		this.organiser = this.fixtures.user(name);
	}

	@Test
	void theOrganisersCancellationIsConfirmedByTheProcessAndRecordedAsTheOrganisers() throws Exception {
		Person person = submittedVisitor();
		String caseId = reload(person).getCaseId();
		String page = this.mvc.perform(get("/badge/overview/" + person.getId()).with(user(this.organiser)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"organiser-cancel-form\"").contains("data-confirm=");

		this.lifecycle.cancelByOrganiser(this.organiser, person.getId(), "  违反参展规定 ");

		this.fixtures.awaitStatus(caseId, "CANCELLED");
		assertThat(reload(person).getStatus()).isEqualTo(PersonStatus.CANCELLED);
		List<CaseEvent> requests = this.cases.history(caseId)
			.stream()
			.filter((e) -> e.getEvent().endsWith("CANCEL_REQUESTED"))
			.toList();
		assertThat(requests).singleElement().satisfies((e) -> {
			assertThat(e.getEvent()).isEqualTo("ORGANISER_CANCEL_REQUESTED");
			assertThat(e.getComment()).isEqualTo("违反参展规定");
		});
		assertThat(this.jdbc.queryForList(
				"select actor || ': ' || detail from audit_entry where subject = ? and action = 'badge.cancelledByOrganiser'",
				String.class, caseId))
			.containsExactly(this.organiser.getUsername() + ": person " + person.getId() + ", reason: 违反参展规定");
	}

	@Test
	void onlyAnOrganiserOfTheTreeCancelsAndAlwaysWithAReason() {
		Person person = submittedVisitor();
		PortalUser reviewer = this.fixtures.user(this.tree.delegationReviewer());

		assertThatThrownBy(() -> this.lifecycle.cancelByOrganiser(reviewer, person.getId(), "原因"))
			.isInstanceOf(PersonNotFoundException.class);
		assertThatThrownBy(() -> this.lifecycle.cancelByOrganiser(this.organiser, person.getId(), "  "))
			.isInstanceOf(PersonException.class)
			.hasMessage("badge.organiserCancel.reasonMissing");
		assertThat(this.cases.history(reload(person).getCaseId())).extracting(CaseEvent::getEvent)
			.doesNotContain("ORGANISER_CANCEL_REQUESTED");
	}

	private Person submittedVisitor() {
		Person person = BadgeTestData.draft(this.persons, this.liaison.unitId(), BadgeTestData.form("VISITOR"), true);
		this.applications.submit(this.liaison.unitId(), List.of(person.getId()), this.liaison);
		this.fixtures.awaitStatus(reload(person).getCaseId(), "AWAITING_PAYMENT");
		return person;
	}

	private Person reload(Person person) {
		return this.persons.find(this.liaison.unitId(), person.getId()).orElseThrow();
	}

}
