package org.fairflow.portal.unified;

import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The /unified page: a delegation's reviewer switches with the SMS code and sets the cap,
 * sees "confirmed / cap" per unit of its own tree; everyone else is forbidden, and bad
 * input gets a clear message with nothing stored.
 */
@PortalTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class UnifiedPagesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UnifiedPayment payment;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	PortalUser reviewer;

	String mobile;

	@BeforeEach
	void delegation() {
		this.tree = this.fixtures.tree();
		this.reviewer = this.fixtures.user(this.tree.delegationReviewer());
		this.mobile = UnifiedTestData.mobile();
		this.organisations.registerMobile(this.tree.delegation().getId(), this.mobile);
	}

	@Test
	void theReviewerSeesTheStateTheMaskedMobileAndEachUnitsUsageOfItsOwnTreeOnly() throws Exception {
		Long unitId = UnifiedTestData.unit(this.jdbc, this.tree.sub().getId());
		Long otherUnit = UnifiedTestData.unit(this.jdbc, this.tree.other().getId());
		this.payment.changeCap(this.tree.delegation().getId(), "4", "reviewer");
		this.payment.confirm("case-" + unitId, this.tree.delegation().getId(), unitId, false, "reviewer");

		String page = page(get("/unified").with(user(this.reviewer)));

		assertThat(page)
			.contains("id=\"nav-unified\"", this.tree.delegation().getNameZh(), "未开启",
					"139****" + this.mobile.substring(7), "发送验证码以开启统付", "统付测试单位", "1 / 4", "短信模拟")
			.doesNotContain(this.mobile, "unified-code-form", "Unified test unit");
		assertThat(page).contains("data-unit-id=\"" + unitId + "\"")
			.doesNotContain("data-unit-id=\"" + otherUnit + "\"");
		assertThat(page(get("/unified").param("lang", "en").with(user(this.reviewer)))).contains("Unified payment",
				"Off: each unit pays", "Send a code to switch unified payment on", "SMS SIMULATION");
	}

	@Test
	void switchingOnThroughThePageWithAWrongThenTheRightCode(CapturedOutput output) throws Exception {
		MvcResult sent = perform(post("/unified/code").with(user(this.reviewer)).with(csrf()));
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/unified");
		assertThat(sent.getFlashMap().get("successKey")).isEqualTo("unified.code.sent");
		String code = UnifiedTestData.lastCodeSentTo(output, this.mobile);
		assertThat(page(get("/unified").with(user(this.reviewer)))).contains("unified-code-form", "还可尝试 5 次");

		String wrong = page(post("/unified/switch").param("code", UnifiedTestData.wrong(code))
			.with(user(this.reviewer))
			.with(csrf()));
		assertThat(wrong).contains("验证码不正确，统付状态未改变。还可尝试 4 次。", "未开启");
		assertThat(this.payment.isOn(this.tree.delegation().getId())).isFalse();

		MvcResult switched = perform(
				post("/unified/switch").param("code", code).with(user(this.reviewer)).with(csrf()));
		assertThat(switched.getResponse().getRedirectedUrl()).isEqualTo("/unified");
		assertThat(switched.getFlashMap().get("successKey")).isEqualTo("unified.switched.ON");
		assertThat(this.payment.isOn(this.tree.delegation().getId())).isTrue();
		assertThat(page(get("/unified").with(user(this.reviewer)))).contains("已开启", "发送验证码以关闭统付");
	}

	@Test
	void askingForCodesTooOftenOrWithoutAMobileIsRefusedClearly() throws Exception {
		perform(post("/unified/code").with(user(this.reviewer)).with(csrf()));

		assertThat(page(post("/unified/code").with(user(this.reviewer)).with(csrf()))).contains("发送过于频繁，请");

		PortalUser other = this.fixtures.user(this.tree.otherReviewer());
		assertThat(page(get("/unified").with(user(other)))).contains("尚未登记接收验证码的手机号").doesNotContain("unified-request");
		assertThat(page(post("/unified/code").with(user(other)).with(csrf()))).contains("尚未登记接收验证码的手机号");
		assertThat(page(post("/unified/switch").param("code", "123456").with(user(other)).with(csrf())))
			.contains("没有可用的验证码，请先发送验证码。");
		assertThat(this.jdbc.queryForObject("select count(*) from unified_payment_code where delegation_id = ?",
				Long.class, this.tree.other().getId()))
			.isZero();
	}

	@Test
	void theCapIsSetAndClearedAndBadValuesAreRefusedWithNothingStored() throws Exception {
		Long delegationId = this.tree.delegation().getId();
		MvcResult saved = perform(post("/unified/cap").param("cap", "5").with(user(this.reviewer)).with(csrf()));
		assertThat(saved.getFlashMap().get("successKey")).isEqualTo("unified.cap.saved");
		assertThat(this.payment.capStatus(delegationId, 1L).cap()).isEqualTo(5);

		String refused = page(post("/unified/cap").param("cap", "-3").with(user(this.reviewer)).with(csrf()));
		assertThat(refused).contains("上限必须是 1 到 100,000 之间的整数", "value=\"-3\"");
		assertThat(this.payment.capStatus(delegationId, 1L).cap()).isEqualTo(5);
		MvcResult markup = perform(
				post("/unified/cap").param("cap", "<b>x</b>").with(user(this.reviewer)).with(csrf()));
		assertThat(markup.getResponse().getContentAsString()).as("shown again, escaped")
			.contains("&lt;b&gt;x&lt;/b&gt;")
			.doesNotContain("<b>x</b>");

		perform(post("/unified/cap").param("cap", "").with(user(this.reviewer)).with(csrf()));
		assertThat(this.payment.capStatus(delegationId, 1L).cap()).isNull();
	}

	@Test
	void onlyADelegationsOwnReviewersMayUseThePage() throws Exception {
		PortalUser sub = this.fixtures.user(this.tree.subReviewer());
		String organiserName = "unified-org-" + this.tree.organiser().getId();
		this.accounts.create(organiserName, Fixtures.PASSWORD, Role.ORGANISER, "组委会", this.tree.organiser().getId(),
				null);
		PortalUser organiser = this.fixtures.user(organiserName);
		Long unitId = UnifiedTestData.unit(this.jdbc, this.tree.sub().getId());
		String liaisonName = "unified-unit-" + unitId;
		this.accounts.create(liaisonName, Fixtures.PASSWORD, Role.APPLICANT, "李联络", null, unitId);
		PortalUser liaison = this.fixtures.user(liaisonName);

		for (PortalUser someone : new PortalUser[] { sub, organiser, liaison }) {
			assertThat(status(get("/unified").with(user(someone)))).isEqualTo(403);
			assertThat(status(post("/unified/code").with(user(someone)).with(csrf()))).isEqualTo(403);
			assertThat(status(post("/unified/switch").param("code", "123456").with(user(someone)).with(csrf())))
				.isEqualTo(403);
			assertThat(status(post("/unified/cap").param("cap", "1").with(user(someone)).with(csrf()))).isEqualTo(403);
		}
		assertThat(page(get("/tasks").with(user(sub)))).doesNotContain("nav-unified");
		assertThat(status(get("/unified"))).isEqualTo(302);
		assertThat(status(post("/unified/cap").param("cap", "1").with(user(this.reviewer)))).as("no CSRF token")
			.isEqualTo(403);
		assertThat(this.payment.capStatus(this.tree.delegation().getId(), unitId).cap()).isNull();
	}

	@Test
	void switchingOffWhilePersonsWaitNamesHowManyOnThePage(CapturedOutput output) throws Exception {
		Long delegationId = this.tree.delegation().getId();
		perform(post("/unified/code").with(user(this.reviewer)).with(csrf()));
		perform(post("/unified/switch").param("code", UnifiedTestData.lastCodeSentTo(output, this.mobile))
			.with(user(this.reviewer))
			.with(csrf()));
		assertThat(this.payment.isOn(delegationId)).isTrue();
		Long unitId = UnifiedTestData.unit(this.jdbc, this.tree.sub().getId());
		UnifiedTestData.person(this.jdbc, unitId, "AWAITING_DELEGATION");
		this.jdbc.update("update unified_payment_code set created_at = created_at - interval '61 seconds'"
				+ " where delegation_id = ?", delegationId);

		String page = page(post("/unified/code").with(user(this.reviewer)).with(csrf()));

		assertThat(page).contains("还有 1 名人员在等待本团确认付费，暂不能关闭统付", "待本团确认付费的人员：1 人");
		assertThat(this.payment.isOn(delegationId)).isTrue();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn();
	}

	private int status(RequestBuilder request) throws Exception {
		return perform(request).getResponse().getStatus();
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

}
