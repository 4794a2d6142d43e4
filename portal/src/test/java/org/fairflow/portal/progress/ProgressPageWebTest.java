package org.fairflow.portal.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.EventDetail;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The applicant's progress page: what happened, where the case waits, and every message
 * sent, with the recipient masked.
 */
@PortalTest
@AutoConfigureMockMvc
class ProgressPageWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	HumanTasks tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Cases cases;

	@Test
	void theApplicantSeesItsHistoryTheWaitingStepAndItsMessagesWithMaskedRecipients() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");

		String html = page(get("/progress/{id}", caseId)
			.with(user(this.fixtures.user(CreditCode.normalise(form.getCreditCode())))));

		assertThat(html).contains("id=\"history\"")
			.contains("data-event=\"SUBMITTED\"")
			.contains("data-event=\"TASK_CREATED\"");
		assertThat(html).contains("id=\"waiting-at\"").contains("单位初审");
		assertThat(html).contains("data-status=\"UNDER_REVIEW\"");
		assertThat(html).contains("data-channel=\"SMS\"").contains("data-channel=\"EMAIL\"");
		assertThat(html).contains("+86139****5678").contains("c***@example.com");
		assertThat(html).doesNotContain(form.getContactMobile()).doesNotContain(form.getContactEmail());
		assertThat(html).contains(form.getNameZh());
	}

	@Test
	void theApplicantSeesTheDecisionAndCommentOnceDecided() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		HumanTask task = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		this.tasks.decide(task.getId(), this.fixtures.user(tree.subReviewer()), "return", "请上传清晰的执照", Map.of());
		this.fixtures.awaitOpenTask(caseId, "Task_Resubmit");

		String html = page(
				get("/progress/{id}", caseId).with(user(this.fixtures.user(CreditCode.normalise(form.getCreditCode()))))
					.param("lang", "en"));

		assertThat(html).contains("data-event=\"DECIDED\"")
			.contains("data-decision=\"return\"")
			.contains("请上传清晰的执照")
			.contains("Edit unit data and resubmit")
			.contains("data-status=\"RETURNED\"");
		assertThat(html).doesNotContain(form.getContactMobile()).doesNotContain("8613912345678");
	}

	@Test
	void theApplicantsListLinksToItsCase() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);

		String html = page(get("/progress").with(user(this.fixtures.user(CreditCode.normalise(form.getCreditCode())))));

		assertThat(html).contains("/progress/" + caseId).contains(form.getNameZh());
	}

	@Test
	void englishPagesNameTheCaseByTheUnitsEnglishNameChinesePagesByItsChineseName() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		org.fairflow.portal.security.PortalUser unit = this.fixtures.user(CreditCode.normalise(form.getCreditCode()));

		String list = page(get("/progress").param("lang", "en").with(user(unit)));
		String heading = heading(page(get("/progress/{id}", caseId).param("lang", "en").with(user(unit))));

		assertThat(list).contains(">" + form.getNameEn() + "</a>").doesNotContain(">" + form.getNameZh() + "</a>");
		assertThat(heading).contains(form.getNameEn()).doesNotContain(form.getNameZh());
		assertThat(heading(page(get("/progress/{id}", caseId).with(user(unit))))).contains(form.getNameZh())
			.doesNotContain(form.getNameEn());
	}

	@Test
	void historyLinesNameBadgeTypesErrorTypesAndOrganisationsInTheReadersLanguageNeverAsCodes() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		this.cases.recordWithDetail(caseId, "复审员", null, "UPGRADE_REQUESTED", null,
				EventDetail.codes("VISITOR", "STAFF"), null);
		this.cases.recordWithDetail(caseId, "owner", "Task_VerifyCreditCode", "INCIDENT_RETRIED", null,
				EventDetail.codes("JOB_NO_RETRIES"), null);
		this.cases.recordDecision(caseId, "复审员", "Task_SecondReview", "reassign", "属徐汇区",
				EventDetail.names("徐汇区交易分团", "Xuhui sub-delegation"));
		org.fairflow.portal.security.PortalUser unit = this.fixtures.user(CreditCode.normalise(form.getCreditCode()));

		String zh = history(page(get("/progress/{id}", caseId).with(user(unit))));
		String en = history(page(get("/progress/{id}", caseId).param("lang", "en").with(user(unit))));

		assertThat(zh).contains("专业观众</span> → <span class=\"history-code\">工作人员")
			.contains("步骤失败，重试次数已用完")
			.contains("→ 徐汇区交易分团");
		assertThat(en).contains("Professional visitor</span> → <span class=\"history-code\">Staff")
			.contains("→ Xuhui sub-delegation")
			.doesNotContain("徐汇区交易分团");
		assertThat(zh + en).doesNotContain("VISITOR").doesNotContain("JOB_NO_RETRIES").doesNotContain(">STAFF");
	}

	@Test
	void theApplicantSeesHowMessagesOfUnknownOutcomeWereSettled() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		// Rows as the workers leave them after a crash (their making is tested in the
		// workers module): found at Twilio; not found and sent again; e-mail resent.
		message(caseId, "Task_SmsReconciled", "SMS", "RECONCILED", null, 1);
		message(caseId, "Task_SmsSentAgain", "SMS", "SENT", "NOT_FOUND_SENT_AGAIN", 2);
		message(caseId, "Task_EmailResent", "EMAIL", "SENT", "RESENT_SAME_MESSAGE_ID", 2);
		message(caseId, "Task_SmsChecking", "SMS", "UNKNOWN", null, 1);
		String applicant = CreditCode.normalise(form.getCreditCode());

		String zh = page(get("/progress/{id}", caseId).with(user(this.fixtures.user(applicant))));
		String en = page(get("/progress/{id}", caseId).with(user(this.fixtures.user(applicant))).param("lang", "en"));

		assertThat(zh).contains("data-status=\"RECONCILED\"")
			.contains("状态不明 → 已与服务商核实")
			.contains("data-note=\"NOT_FOUND_SENT_AGAIN\"")
			.contains("状态不明 → 服务商处未找到 → 已重新发送")
			.contains("第 2 次尝试")
			.contains("状态不明 → 已以相同 Message-ID 重新发送")
			.contains("data-status=\"UNKNOWN\"")
			.contains("状态不明，正在与服务商核实");
		assertThat(en).contains("unknown → reconciled with the provider")
			.contains("unknown → not found at the provider → sent again")
			.contains("unknown → resent with the same Message-ID")
			.contains("Unknown, being checked with the provider");
		assertThat(zh + en).doesNotContain("13987654321").doesNotContain("li.si@example.com");
	}

	private void message(String caseId, String elementId, String channel, String status, String note, int attempts) {
		boolean sms = "SMS".equals(channel);
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("""
				insert into notification_message (idempotency_key, case_id, element_id, channel, recipient, subject,
				    body, status, provider, provider_ref, attempts, last_error, created_at, updated_at, sent_at,
				    reconciled_at, note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", caseId + "/" + elementId + "/1/" + channel, caseId, elementId, channel,
				sms ? "+8613987654321" : "li.si@example.com", sms ? null : "审核结果", "您的申请已通过。", status,
				sms ? "twilio" : "smtp", sms ? "SM" + elementId : "<id@fairflow.local>", attempts,
				(attempts > 1) ? "No certain answer from Twilio" : null, now, now,
				"UNKNOWN".equals(status) ? null : now, "RECONCILED".equals(status) ? now : null, note);
	}

	private static String history(String html) {
		int start = html.indexOf("id=\"history\"");
		return html.substring(start, html.indexOf("</table>", start));
	}

	private static String heading(String html) {
		int start = html.indexOf("<h1");
		return html.substring(start, html.indexOf("</h1>", start));
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
