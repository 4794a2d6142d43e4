package org.fairflow.portal.exhibitor;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A unit's exhibitor registration: each mistake next to its field and nothing stored, a
 * refused code next to the code field, and once registered the exhibitor page (with its
 * inviter) in place of the form, and the unit's page pointing to it.
 */
@PortalTest
@AutoConfigureMockMvc
class ExhibitorPagesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	InvitationCodes codes;

	@Autowired
	JdbcTemplate jdbc;

	InviterFixtures inviters;

	Fixtures.Tree tree;

	Organisation tradeBody;

	PortalUser unit;

	@BeforeEach
	void unit() {
		this.inviters = new InviterFixtures(this.fixtures, this.organisations, this.accounts, this.codes);
		this.tree = this.fixtures.tree();
		this.tradeBody = this.inviters.tradeBody(this.tree);
		this.unit = this.inviters.unit(this.tree);
	}

	@Test
	void mistakesShowNextToTheirFieldsAndNothingIsStored() throws Exception {
		InvitationCode code = this.inviters.codes(this.tradeBody, 1).get(0);

		String blank = page(
				post("/exhibitor/register").param("code", code.getCode()).with(user(this.unit)).with(csrf()));
		String wrong = page(post("/exhibitor/register").param("lang", "en")
			.param("participation", "ONLINE")
			.param("code", code.getCode())
			.param("contactName", "名".repeat(21))
			.param("contactTitle", "经理")
			.param("contactMobile", "12345")
			.param("contactEmail", "not-an-address")
			.param("purposes", "TRADE")
			.param("content", "x".repeat(501))
			.param("needs", "渠道")
			.with(user(this.unit))
			.with(csrf()));

		assertThat(blank).contains("id=\"participation-error\">请选择参展类型。<")
			.contains("id=\"contactName-error\">请填写联系人姓名。<")
			.contains("id=\"contactTitle-error\">请填写联系人职务。<")
			.contains("id=\"contactMobile-error\">请填写联系人电话。<")
			.contains("id=\"contactEmail-error\">请填写联系人邮箱。<")
			.contains("id=\"purposes-error\">请至少选择一项参展目的。<")
			.contains("id=\"content-error\">请填写参展内容。<")
			.contains("id=\"needs-error\">请填写参展需求。<");
		assertThat(wrong).contains("id=\"contactName-error\">The name can have at most 20 characters.<")
			.contains("id=\"contactMobile-error\">Enter an 11-digit mainland China mobile")
			.contains("id=\"contactEmail-error\">Enter a valid e-mail address.<")
			.contains("id=\"content-error\">At most 500 characters.<")
			.doesNotContain("id=\"needs-error\"")
			.doesNotContain("id=\"code-error\"");
		assertThat(stored()).isZero();
		assertThat(status(code)).isEqualTo("ISSUED");
	}

	@Test
	void aRefusedCodeShowsNextToTheCodeField() throws Exception {
		InvitationCode code = this.inviters.codes(this.tradeBody, 1).get(0);
		this.codes.revoke(code.getId(), this.tradeBody.getId(), "reviewer");

		String revoked = page(filled(code.display()));
		String unknown = page(filled("ZZZZ-ZZZZ-ZZZ2").param("lang", "en"));

		assertThat(revoked).contains("id=\"code-error\">该邀请码已作废，请联系邀请您的组展机构。<");
		assertThat(unknown).contains("id=\"code-error\">There is no such invitation code.");
		assertThat(stored()).isZero();
	}

	@Test
	void aRegisteredUnitSeesItsExhibitorPageInsteadOfTheForm() throws Exception {
		InvitationCode code = this.inviters.codes(this.tradeBody, 1).get(0);
		assertThat(page(get("/unit").with(user(this.unit)))).contains("data-exhibiting=\"false\"")
			.contains("href=\"/exhibitor/register\"");

		MvcResult registered = this.mvc
			.perform(filled(code.display().toLowerCase(java.util.Locale.ROOT), "+44 7700 900123"))
			.andReturn();

		assertThat(registered.getResponse().getRedirectedUrl()).as(() -> errorsOf(registered)).isEqualTo("/exhibitor");
		assertThat(this.jdbc.queryForMap(
				"select inviter_org_id, contact_mobile, purposes from exhibitor where unit_id = ?", this.unit.unitId()))
			.containsEntry("inviter_org_id", this.tradeBody.getId())
			.containsEntry("contact_mobile", "+447700900123")
			.containsEntry("purposes", "POLICY,PARTNERS");
		assertThat(page(get("/exhibitor").with(user(this.unit)))).contains(this.tradeBody.getNameZh())
			.contains("href=\"/exhibitor/booth\"")
			.contains("href=\"/exhibitor/products\"")
			.contains("href=\"/exhibitor/projects\"")
			.contains("寻找合作伙伴");
		assertThat(this.mvc.perform(get("/exhibitor/register").with(user(this.unit)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/exhibitor");
		assertThat(page(get("/unit").with(user(this.unit)))).contains("data-exhibiting=\"true\"").contains("我的展台");
	}

	@Test
	void aUnitNotYetExhibitingIsSentToTheForm() throws Exception {
		assertThat(
				this.mvc.perform(get("/exhibitor").with(user(this.unit))).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/exhibitor/register");
		assertThat(page(get("/exhibitor/register").with(user(this.unit)))).contains("线上线下参展商").contains("推销/采购服务产品");
		assertThat(this.mvc.perform(get("/exhibitor/register").with(user(this.inviters.reviewer(this.tradeBody))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private MockHttpServletRequestBuilder filled(String code) {
		return filled(code, "139 1234 5678");
	}

	private MockHttpServletRequestBuilder filled(String code, String mobile) {
		return post("/exhibitor/register").param("participation", "ONLINE_OFFLINE")
			.param("code", code)
			.param("contactName", "王展")
			.param("contactTitle", "市场部经理")
			.param("contactMobile", mobile)
			.param("contactEmail", "expo@example.com")
			.param("purposes", "POLICY", "PARTNERS")
			.param("content", "数字文化服务")
			.param("needs", "寻找渠道合作伙伴")
			.with(user(this.unit))
			.with(csrf());
	}

	/** What the form said, when it came back instead of the redirect. */
	private static String errorsOf(MvcResult result) {
		try {
			return java.util.regex.Pattern.compile("id=\"[a-zA-Z]+-error\">[^<]*<")
				.matcher(result.getResponse().getContentAsString())
				.results()
				.map(java.util.regex.MatchResult::group)
				.toList()
				.toString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			return ex.toString();
		}
	}

	private long stored() {
		return this.jdbc.queryForObject("select count(*) from exhibitor where unit_id = ?", Long.class,
				this.unit.unitId());
	}

	private String status(InvitationCode code) {
		return this.jdbc.queryForObject("select status from invitation_code where id = ?", String.class, code.getId());
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
