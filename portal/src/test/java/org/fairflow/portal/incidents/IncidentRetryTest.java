package org.fairflow.portal.incidents;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.IncidentProbe;
import org.fairflow.portal.support.RestartablePortal;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A step that calls a decision nobody has published stops with an incident: the owner
 * sees it on the incident list, on the console and on the case's page, publishes the
 * decision, retries, and the case goes on to its end with the retry in its history.
 */
class IncidentRetryTest {

	@RegisterExtension
	final RestartablePortal portal = RestartablePortal.onFreshSchema("incidents");

	@Test
	void anIncidentIsListedWithItsCaseAndARetryAfterTheFixLetsTheCaseGoOn() throws Exception {
		ConfigurableApplicationContext context = this.portal.start();
		ModelDeployment models = context.getBean(ModelDeployment.class);
		models.publish("incident-probe.bpmn", IncidentProbe.process(), "owner", null);
		Cases cases = context.getBean(Cases.class);
		String caseId = cases
			.open(new NewCase("incident-probe", "probe-1", "故障探针", null, "unit:0", null, "SUBMITTED", "tester",
					Map.of()))
			.getId();
		Incidents incidents = context.getBean(Incidents.class);
		Incident incident = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> incidents.forCase(caseId), (list) -> !list.isEmpty())
			.get(0);
		assertThat(incident.isOpen()).isTrue();
		assertThat(incident.getElementId()).isEqualTo("Task_Rule");
		assertThat(incident.getProcessVersion()).isEqualTo(1);
		assertThat(incident.getErrorMessage()).contains("incident-probe-rule");

		WebPages pages = WebPages.of(context);
		PortalUser owner = Fixtures.of(context).processOwner();
		assertThat(pages.page(get("/console/incidents").with(user(owner)))).contains(
				"data-incident=\"" + incident.getId() + "\"", "data-open=\"true\"", "data-process=\"incident-probe\"");
		assertThat(pages.page(get("/console").with(user(owner)))).contains("id=\"link-incidents\"", "data-open=\"1\"");
		assertThat(pages.page(get("/progress/{id}", caseId).with(user(owner)))).contains("id=\"case-incidents\"",
				"data-incident=\"" + incident.getId() + "\"");

		models.publish("incident-probe-rule.dmn", IncidentProbe.rule(), "owner", "规则补上");
		var retried = pages.perform(post("/console/incidents/{id}/retry", incident.getId()).param("caseId", caseId)
			.with(user(owner))
			.with(csrf()));
		assertThat(retried.getResponse().getRedirectedUrl()).isEqualTo("/progress/" + caseId);
		assertThat(retried.getFlashMap().get("errorKey")).isNull();

		Fixtures.of(context).awaitClosed(caseId);
		assertThat(cases.find(caseId).orElseThrow().getStatus()).isEqualTo("APPROVED");
		assertThat(incidents.forCase(caseId)).singleElement().satisfies((i) -> {
			assertThat(i.isOpen()).isFalse();
			assertThat(i.getRetriedBy()).isEqualTo(owner.displayName());
		});
		List<CaseEvent> history = cases.history(caseId);
		assertThat(history).filteredOn((e) -> e.getEvent().equals("INCIDENT_RETRIED"))
			.singleElement()
			.satisfies((e) -> assertThat(e.getActor()).isEqualTo(owner.displayName()));

		var again = pages
			.perform(post("/console/incidents/{id}/retry", incident.getId()).with(user(owner)).with(csrf()));
		assertThat(again.getFlashMap().get("errorKey")).isEqualTo("incidents.alreadyResolved");
	}

	@Test
	void onlyTheProcessOwnerSeesAndRetriesIncidents() throws Exception {
		ConfigurableApplicationContext context = this.portal.start();
		Fixtures fixtures = Fixtures.of(context);
		PortalUser reviewer = fixtures.user(fixtures.tree().delegationReviewer());
		WebPages pages = WebPages.of(context);

		assertThat(pages.status(get("/console/incidents").with(user(reviewer)))).isEqualTo(403);
		assertThat(pages.status(post("/console/incidents/1/retry").with(user(reviewer)).with(csrf()))).isEqualTo(403);
		assertThat(pages.status(get("/console/incidents"))).isEqualTo(302);
		assertThat(pages.page(get("/console/incidents").with(user(Fixtures.of(context).processOwner()))))
			.contains("id=\"incidents-empty\"")
			.doesNotContain("id=\"incidents-unavailable\"");
	}

}
