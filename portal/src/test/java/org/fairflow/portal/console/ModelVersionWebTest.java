package org.fairflow.portal.console;

import java.nio.charset.StandardCharsets;

import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.StoredModel;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The page of one stored version: a process is drawn from its XML, a decision shown as
 * its tables, a form as its JSON; only for the process owner. The diagram viewer is
 * served by the portal itself.
 */
@PortalTest
@AutoConfigureMockMvc
class ModelVersionWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	ModelDeployment models;

	private WebPages pages;

	private PortalUser owner;

	@BeforeEach
	void owner() {
		this.pages = new WebPages(this.mvc);
		String name = "owner-v" + System.nanoTime();
		this.accounts.create(name, Fixtures.PASSWORD, Role.PROCESS_OWNER, "流程负责人", null, null);
		this.owner = this.fixtures.user(name);
	}

	@Test
	void aDecisionIsShownAsItsTableWithHitPolicyInputsOutputsAndRules() throws Exception {
		StoredModel fee = this.models.find(StoredModel.Kind.DMN, "badge-fee", null).orElseThrow();

		String page = this.pages.page(get("/console/models/{id}", fee.getId()).with(user(this.owner)));

		assertThat(page).contains("data-decision=\"badge-fee\"", "证件费用 / Badge fee", "命中策略", ">FIRST<",
				"证件类型 / Badge type", ">badgeType<", "费用（元） / Fee (yuan)", ">fee<", "&quot;VISITOR&quot;", ">200<",
				"&quot;STAFF&quot;,&quot;VIP&quot;", ">0<", "F2 工作人员、VIP：额度内免费 / Staff and VIP: free within quota");
		assertThat(page.split("class=\"dmn-rule\"", -1)).hasSize(3);
	}

	@Test
	void aDecisionTableWithSeveralInputsShowsOneEntryPerInput() throws Exception {
		StoredModel auto = this.models.find(StoredModel.Kind.DMN, "unit-auto-verification", null).orElseThrow();

		String page = this.pages
			.page(get("/console/models/{id}", auto.getId()).with(user(this.owner)).param("lang", "en"));

		assertThat(page).contains("Hit policy", ">unitCategory<", ">creditVerified<");
		String firstRule = page.substring(page.indexOf("class=\"dmn-rule\""));
		firstRule = firstRule.substring(0, firstRule.indexOf("</tr>"));
		assertThat(firstRule.split("dmn-input-entry", -1)).hasSize(3);
	}

	@Test
	void aProcessPageDrawsTheDiagramFromTheVersionsXml() throws Exception {
		StoredModel process = this.models.find(StoredModel.Kind.BPMN, "unit-review", null).orElseThrow();

		String page = this.pages.page(get("/console/models/{id}", process.getId()).with(user(this.owner)));
		MvcResult xml = this.pages.perform(get("/console/models/{id}/xml", process.getId()).with(user(this.owner)));

		assertThat(page).contains("data-bpmn-xml=\"/console/models/" + process.getId() + "/xml\"",
				"/vendor/bpmn-js/18.31.1/bpmn-navigated-viewer.production.min.js",
				"/vendor/bpmn-js/18.31.1/assets/bpmn-js.css", "/js/diagram.js");
		assertThat(xml.getResponse().getStatus()).isEqualTo(200);
		assertThat(xml.getResponse().getContentType()).startsWith("application/xml");
		assertThat(xml.getResponse().getContentAsByteArray()).isEqualTo(process.getContent());
	}

	@Test
	void aFormIsShownAsIndentedJson() throws Exception {
		String formId = "diagram-probe-" + System.nanoTime();
		StoredModel form = this.models.publish(formId + ".form",
				("{\"id\":\"" + formId + "\",\"type\":\"default\",\"components\":[{\"key\":\"remark\","
						+ "\"label\":\"备注\",\"type\":\"textfield\"}],\"schemaVersion\":16}")
					.getBytes(StandardCharsets.UTF_8),
				"owner", null);

		String page = this.pages.page(get("/console/models/{id}", form.getId()).with(user(this.owner)));

		assertThat(page).contains("id=\"form-json\"", "\n  &quot;id&quot; : &quot;" + formId + "&quot;", "备注");
		assertThat(this.pages.status(get("/console/models/{id}/xml", form.getId()).with(user(this.owner))))
			.isEqualTo(404);
	}

	@Test
	void anUnknownVersionIsNotFoundAndNobodyButTheOwnerMayLook() throws Exception {
		StoredModel process = this.models.find(StoredModel.Kind.BPMN, "unit-review", null).orElseThrow();
		PortalUser reviewer = this.fixtures.user(this.fixtures.tree().delegationReviewer());

		assertThat(this.pages.status(get("/console/models/{id}", Long.MAX_VALUE).with(user(this.owner))))
			.isEqualTo(404);
		assertThat(this.pages.status(get("/console/models/{id}", "abc").with(user(this.owner)))).isEqualTo(400);
		assertThat(this.pages.status(get("/console/models/{id}", process.getId()).with(user(reviewer)))).isEqualTo(403);
		assertThat(this.pages.status(get("/console/models/{id}/xml", process.getId()).with(user(reviewer))))
			.isEqualTo(403);
	}

	@Test
	void theConsoleLinksEveryVersionToItsPage() throws Exception {
		StoredModel process = this.models.find(StoredModel.Kind.BPMN, "unit-review", null).orElseThrow();

		String page = this.pages.page(get("/console").with(user(this.owner)));

		assertThat(page).contains("href=\"/console/models/" + process.getId() + "\"");
	}

	@Test
	void theDiagramViewerItsStylesAndThePageScriptAreServedByThePortalToAnyone() throws Exception {
		String base = "/vendor/bpmn-js/18.31.1/";

		MvcResult viewer = this.pages.perform(get(base + "bpmn-navigated-viewer.production.min.js"));
		MvcResult css = this.pages.perform(get(base + "assets/diagram-js.css"));
		MvcResult script = this.pages.perform(get("/js/diagram.js"));

		assertThat(viewer.getResponse().getStatus()).isEqualTo(200);
		assertThat(viewer.getResponse().getContentAsString())
			.startsWith("/*! bpmn-js - bpmn-navigated-viewer v18.31.1");
		assertThat(css.getResponse().getStatus()).isEqualTo(200);
		assertThat(css.getResponse().getContentType()).startsWith("text/css");
		assertThat(this.pages.status(get(base + "assets/bpmn-js.css"))).isEqualTo(200);
		assertThat(this.pages.status(get(base + "LICENSE"))).isEqualTo(200);
		assertThat(script.getResponse().getContentAsString()).contains("ff-current");
	}

}
