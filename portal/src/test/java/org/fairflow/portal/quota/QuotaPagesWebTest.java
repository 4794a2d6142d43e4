package org.fairflow.portal.quota;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairflow.portal.quota.BadgeType.STAFF;
import static org.fairflow.portal.quota.BadgeType.VIP;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The /quotas pages: "used / allocated" for each holder, forms to allocate, clear
 * refusals, a confirmation before lowering, and nothing of another delegation.
 */
@PortalTest
@AutoConfigureMockMvc
class QuotaPagesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Quotas quotas;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	LedgerFixtures ledger;

	Fixtures.Tree tree;

	@BeforeEach
	void tree() {
		this.ledger = new LedgerFixtures(this.fixtures, this.accounts, this.quotas);
		this.tree = this.fixtures.tree();
	}

	@Test
	void theOrganiserSeesEveryDelegationAndAllocatesToOne() throws Exception {
		PortalUser organiser = this.ledger.organiser(this.tree);

		String page = page(get("/quotas").with(user(organiser)));
		assertThat(page).contains(this.tree.delegation().getNameZh(), this.tree.other().getNameZh());

		MvcResult saved = perform(post("/quotas/orgs/{id}", delegationId()).param("staff", "90")
			.param("vip", "80")
			.with(user(organiser))
			.with(csrf()));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/quotas");
		assertThat(this.ledger.ofOrg(delegationId(), VIP).label()).isEqualTo("0/80");
		assertThat(this.ledger.ofOrg(delegationId(), STAFF).label()).isEqualTo("0/90");
		assertThat(page(get("/quotas").with(user(organiser)))).contains("VIP 0/80", "工作人员 0/90");
	}

	@Test
	void aDelegationReviewerSeesItsQuotaItsSubDelegationsAndItsUnitsAsUsedOverAllocated() throws Exception {
		String code = this.ledger.chain(this.tree, VIP, 80, 20, 5);
		this.quotas.reserve("web:" + code, VIP, code, subId());
		RegistrationForm form = Fixtures.form(UnitCategory.ENTERPRISE, this.tree.delegation());
		this.fixtures.register(form);
		PortalUser reviewer = this.ledger.delegationReviewer(this.tree);

		String own = page(get("/quotas").with(user(reviewer)));
		assertThat(own).contains(this.tree.delegation().getNameZh(), "VIP 1/80", "总额 80 − 已分配给下级 20 − 本级已使用 0 = 可用 60",
				"已使用 1 = 本级 0 + 下级 1", this.tree.sub().getNameZh(), "VIP 1/20", form.getNameZh(), "已注册到本团",
				"无单独额度，共用本团可用额度");
		assertThat(own).doesNotContain(this.tree.other().getNameZh());

		String sub = page(get("/quotas/{id}", subId()).with(user(reviewer)));
		assertThat(sub).contains(code, "VIP 1/5", "未注册", "配额暂未生效");
	}

	@Test
	void aRejectedUnitIsShownAsRejectedInItsOwnColourNotAsARegisteredOne() throws Exception {
		RegistrationForm form = Fixtures.form(UnitCategory.ENTERPRISE, this.tree.delegation());
		// The auto-verification would otherwise approve the unit after the update below.
		this.fixtures.awaitSettled(this.fixtures.register(form));
		this.jdbc.update("update unit set status = 'REJECTED' where credit_code = ?", form.getCreditCode());
		PortalUser reviewer = this.ledger.delegationReviewer(this.tree);

		String page = page(get("/quotas").with(user(reviewer)));

		String row = page.substring(page.indexOf("data-credit-code=\"" + form.getCreditCode() + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("已注册到本团，审核不通过", "text-danger", "data-registration=\"HERE_REJECTED\"")
			.doesNotContain("text-success", "审核通过<");
	}

	@Test
	void anotherDelegationsPagesAndFormsAreNotFound() throws Exception {
		PortalUser other = this.fixtures.user(this.tree.otherReviewer());
		PortalUser sub = this.ledger.subReviewer(this.tree);
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);

		assertThat(status(get("/quotas/{id}", delegationId()).with(user(other)))).isEqualTo(404);
		assertThat(status(get("/quotas/{id}", subId()).with(user(other)))).isEqualTo(404);
		assertThat(status(post("/quotas/orgs/{id}", subId()).param("vip", "1").with(user(other)).with(csrf())))
			.isEqualTo(404);
		assertThat(status(post("/quotas/{id}/units", subId()).param("creditCode", code)
			.param("vip", "1")
			.with(user(other))
			.with(csrf()))).isEqualTo(404);
		assertThat(status(get("/quotas/{id}", delegationId()).with(user(sub))))
			.as("a sub-delegation does not see its delegation's page")
			.isEqualTo(404);
		assertThat(
				status(get("/quotas/{id}", this.tree.organiser().getId()).with(user(this.ledger.organiser(this.tree)))))
			.isEqualTo(404);
		assertThat(status(get("/quotas/{id}", Long.MAX_VALUE).with(user(other)))).isEqualTo(404);
		assertThat(status(get("/quotas/not-a-number").with(user(other)))).isEqualTo(400);
		assertThat(this.ledger.ofOrg(subId(), VIP)).isEqualTo(QuotaView.Usage.NONE);
	}

	@Test
	void whoMayNotAllocateIsRefusedAndApplicantsAndVisitorsStayOut() throws Exception {
		this.ledger.delegation(this.tree, VIP, 10);
		PortalUser reviewer = this.ledger.delegationReviewer(this.tree);
		RegistrationForm form = Fixtures.form(UnitCategory.ENTERPRISE, this.tree.sub());
		this.fixtures.register(form);
		PortalUser applicant = this.fixtures.user(CreditCode.normalise(form.getCreditCode()));

		assertThat(status(
				post("/quotas/orgs/{id}", delegationId()).param("vip", "1000").with(user(reviewer)).with(csrf())))
			.as("a delegation does not raise its own quota")
			.isEqualTo(403);
		assertThat(status(get("/quotas").with(user(applicant)))).isEqualTo(403);
		assertThat(status(get("/quotas/{id}", subId()).with(user(applicant)))).isEqualTo(403);
		assertThat(status(post("/quotas/orgs/{id}", subId()).param("vip", "1").with(user(reviewer))))
			.as("no CSRF token")
			.isEqualTo(403);
		MvcResult anonymous = perform(get("/quotas"));
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(this.ledger.ofOrg(delegationId(), VIP).allocated()).isEqualTo(10);
		assertThat(this.ledger.ofOrg(subId(), VIP)).isEqualTo(QuotaView.Usage.NONE);
	}

	@Test
	void badInputGetsAClearMessageOnThePageAndChangesNothing() throws Exception {
		this.ledger.delegation(this.tree, VIP, 10);
		PortalUser reviewer = this.ledger.delegationReviewer(this.tree);
		String valid = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

		assertRefusedOnPage(post("/quotas/orgs/{id}", subId()).param("vip", "abc").with(user(reviewer)),
				"VIP的数量须为 0 到 100,000 之间的整数。");
		assertRefusedOnPage(post("/quotas/orgs/{id}", subId()).param("vip", "-3").with(user(reviewer)),
				"VIP的数量须为 0 到 100,000 之间的整数。");
		assertRefusedOnPage(
				post("/quotas/orgs/{id}", subId()).param("vip", "").param("staff", " ").with(user(reviewer)),
				"请至少填写一种证件的数量。");
		assertRefusedOnPage(post("/quotas/orgs/{id}", subId()).param("vip", "11").with(user(reviewer)),
				"“" + this.tree.delegation().getNameZh() + "”的VIP额度只剩 10 可分配（共 10），不能再分配 11。");
		assertRefusedOnPage(post("/quotas/orgs/{id}", subId()).param("staff", "1").with(user(reviewer)),
				"只剩 0 可分配（共 0）");
		assertRefusedOnPage(post("/quotas/{id}/units", delegationId()).param("creditCode", wrongCheck)
			.param("vip", "1")
			.with(user(reviewer)), "统一社会信用代码校验位不正确");
		assertRefusedOnPage(post("/quotas/{id}/units", delegationId()).param("vip", "1").with(user(reviewer)),
				"请填写统一社会信用代码。");
		assertRefusedOnPage(post("/quotas/{id}/units", delegationId()).param("creditCode", valid)
			.param("vip", "99999999999999999999")
			.with(user(reviewer)), "VIP的数量须为 0 到 100,000 之间的整数。");
		assertRefusedOnPage(
				post("/quotas/orgs/{id}", subId()).param("vip", "1").param("confirm", "perhaps").with(user(reviewer)),
				null);

		assertThat(this.ledger.ofOrg(delegationId(), VIP)).isEqualTo(new QuotaView.Usage(10, 0, 0, 0, false));
		assertThat(this.ledger.ofOrg(subId(), VIP)).isEqualTo(QuotaView.Usage.NONE);
		assertThat(this.ledger.ofUnit(valid, delegationId(), VIP).shared()).isTrue();
	}

	@Test
	void aUnitIsGivenAQuotaByCreditCodeBeforeItRegisters() throws Exception {
		this.ledger.delegation(this.tree, VIP, 10);
		this.ledger.sub(this.tree, VIP, 6);
		PortalUser reviewer = this.ledger.subReviewer(this.tree);
		String code = Fixtures.creditCode(UnitCategory.SOCIAL_ORGANISATION);

		MvcResult saved = perform(post("/quotas/{id}/units", subId()).param("creditCode", code.toLowerCase())
			.param("vip", "4")
			.param("staff", "")
			.with(user(reviewer))
			.with(csrf()));

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/quotas/" + subId());
		assertThat(this.ledger.ofUnit(code, subId(), VIP).label()).isEqualTo("0/4");
		String page = page(get("/quotas/{id}", subId()).with(user(reviewer)));
		assertThat(page).contains(code, "VIP 0/4", "未注册", "总额 6 − 已分配给下级 4 − 本级已使用 0 = 可用 2");
	}

	@Test
	void loweringAQuotaAsksForConfirmationFirst() throws Exception {
		this.ledger.delegation(this.tree, VIP, 10);
		this.ledger.sub(this.tree, VIP, 8);
		PortalUser reviewer = this.ledger.delegationReviewer(this.tree);

		String asked = page(post("/quotas/orgs/{id}", subId()).param("vip", "3").with(user(reviewer)).with(csrf()));

		assertThat(asked).contains("确认降低额度", "VIP：8 → 3", "name=\"confirm\" value=\"true\"");
		assertThat(this.ledger.ofOrg(subId(), VIP).allocated()).isEqualTo(8);

		MvcResult confirmed = perform(post("/quotas/orgs/{id}", subId()).param("vip", "3")
			.param("confirm", "true")
			.with(user(reviewer))
			.with(csrf()));
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/quotas/" + delegationId());
		assertThat(this.ledger.ofOrg(subId(), VIP).allocated()).isEqualTo(3);
		assertThat(this.ledger.ofOrg(delegationId(), VIP).onward()).isEqualTo(3);
	}

	@Test
	void loweringBelowWhatIsUsedIsRefusedEvenWhenConfirmed() throws Exception {
		String code = this.ledger.chain(this.tree, VIP, 10, 8, 4);
		this.quotas.reserve("web:" + code + ":1", VIP, code, subId());
		this.quotas.reserve("web:" + code + ":2", VIP, code, subId());
		PortalUser reviewer = this.ledger.delegationReviewer(this.tree);

		assertRefusedOnPage(
				post("/quotas/{id}/units", subId()).param("creditCode", code).param("vip", "1").with(user(reviewer)),
				"”的VIP额度不能调为 1：已使用 2，已分配给下级 0，最少为 2。");
		assertRefusedOnPage(post("/quotas/{id}/units", subId()).param("creditCode", code)
			.param("vip", "1")
			.param("confirm", "true")
			.with(user(reviewer)), "最少为 2");
		assertThat(this.ledger.ofUnit(code, subId(), VIP).label()).isEqualTo("2/4");
	}

	@Test
	void thePageSpeaksEnglishWhenAskedTo() throws Exception {
		this.ledger.delegation(this.tree, VIP, 10);
		PortalUser reviewer = this.ledger.delegationReviewer(this.tree);

		assertThat(page(get("/quotas").param("lang", "en").with(user(reviewer)))).contains("Free badge quotas",
				"VIP 0/10", "Sub-delegations", this.tree.sub().getNameEn());
		String refused = page(post("/quotas/orgs/{id}", subId()).param("vip", "11")
			.param("lang", "en")
			.with(user(reviewer))
			.with(csrf()));
		assertThat(HtmlUtils.htmlUnescape(refused))
			.contains("\"" + this.tree.delegation().getNameEn() + "\" has only 10 VIP left to allocate (of 10)");
	}

	private void assertRefusedOnPage(MockHttpServletRequestBuilder request, String text) throws Exception {
		MvcResult result = perform(request.with(csrf()));
		int status = result.getResponse().getStatus();
		assertThat(status).as("refused with a page, not a server error").isLessThan(500);
		if (text != null) {
			assertThat(status).isEqualTo(200);
			String body = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
			assertThat(body).contains(text);
			assertThat(body).contains("id=\"flash-error\"");
		}
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return perform(request).getResponse().getStatus();
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn();
	}

	private Long delegationId() {
		return this.tree.delegation().getId();
	}

	private Long subId() {
		return this.tree.sub().getId();
	}

}
