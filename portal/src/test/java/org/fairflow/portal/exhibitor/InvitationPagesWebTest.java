package org.fairflow.portal.exhibitor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The inviter's pages: issuing with its messages next to the fields, the list and its CSV
 * export (BOM, neutralised cells, only the organisation's own codes), revocation after
 * its confirmation page, and another organisation seeing nothing of it.
 */
@PortalTest
@AutoConfigureMockMvc
class InvitationPagesWebTest {

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
	Exhibitors exhibitors;

	@Autowired
	JdbcTemplate jdbc;

	InviterFixtures inviters;

	Fixtures.Tree tree;

	Organisation tradeBody;

	PortalUser reviewer;

	@BeforeEach
	void tradeBody() {
		this.inviters = new InviterFixtures(this.fixtures, this.organisations, this.accounts, this.codes);
		this.tree = this.fixtures.tree();
		this.tradeBody = this.inviters.tradeBody(this.tree);
		this.reviewer = this.inviters.reviewer(this.tradeBody);
	}

	@Test
	void aBatchIsIssuedAndTheListShowsItsCodes() throws Exception {
		String lastDay = today().plusDays(10).toString();

		MvcResult issued = this.mvc
			.perform(post("/invitations").param("count", "3")
				.param("expiresOn", lastDay)
				.param("label", "文旅板块")
				.with(user(this.reviewer))
				.with(csrf()))
			.andReturn();

		Long batch = this.jdbc.queryForObject("select id from invitation_batch where organisation_id = ?", Long.class,
				this.tradeBody.getId());
		assertThat(issued.getResponse().getRedirectedUrl()).isEqualTo("/invitations?batch=" + batch);
		List<String> stored = this.jdbc.queryForList("select code from invitation_code where batch_id = ?",
				String.class, batch);
		assertThat(stored).hasSize(3);
		String list = page(get("/invitations").param("batch", String.valueOf(batch)).with(user(this.reviewer)));
		String first = stored.get(0);
		assertThat(list).contains(first.substring(0, 4) + "-" + first.substring(4, 8) + "-" + first.substring(8))
			.contains("data-copy=\"" + first.substring(0, 4) + "-")
			.contains("文旅板块")
			.contains("未使用");
	}

	@Test
	void mistakesInTheIssueFormShowNextToTheirFieldsAndIssueNothing() throws Exception {
		String zh = page(post("/invitations").param("count", "abc")
			.param("expiresOn", today().minusDays(1).toString())
			.param("label", "x".repeat(101))
			.with(user(this.reviewer))
			.with(csrf()));
		String en = page(post("/invitations").param("lang", "en")
			.param("count", "501")
			.param("expiresOn", today().plusYears(1).plusDays(1).toString())
			.with(user(this.reviewer))
			.with(csrf()));
		String blank = page(
				post("/invitations").param("count", "").param("expiresOn", "").with(user(this.reviewer)).with(csrf()));

		assertThat(zh).contains("id=\"count-error\">数量须为 1 到 500 之间的整数。<")
			.contains("id=\"expiresOn-error\">有效期须为今天到一年后之间的日期。<")
			.contains("id=\"label-error\">批次备注最多 100 个字。<");
		assertThat(en).contains("id=\"count-error\">Enter a whole number from 1 to 500.<")
			.contains("id=\"expiresOn-error\">Choose a day from today to one year ahead.<");
		assertThat(blank).contains("id=\"count-error\">请填写数量。<").contains("id=\"expiresOn-error\">请选择有效期。<");
		assertThat(this.jdbc.queryForObject("select count(*) from invitation_batch where organisation_id = ?",
				Long.class, this.tradeBody.getId()))
			.isZero();
	}

	@Test
	void theCsvExportHasABomNeutralisesFormulasAndHoldsOnlyTheOrganisationsCodes() throws Exception {
		InvitationCode own = this.codes
			.issue(this.tradeBody.getId(), 1, this.inviters.validForAMonth(), "=HYPERLINK(\"x\")", "t")
			.get(0);
		InvitationCode others = this.inviters.codes(this.tree.organiser(), 1).get(0);

		MvcResult result = this.mvc.perform(get("/invitations/export.csv").with(user(this.reviewer))).andReturn();

		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, StandardCharsets.UTF_8);
		assertThat(csv).contains("\"邀请码\",\"状态\"")
			.contains("\"" + own.display() + "\",\"未使用\",\"'=HYPERLINK(\"\"x\"\")\"")
			.doesNotContain(others.display());
		assertThat(csv.lines().count()).isEqualTo(2);

		String filtered = this.mvc
			.perform(get("/invitations/export.csv").param("state", "USED").with(user(this.reviewer)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(filtered).doesNotContain(own.display());

		MvcResult xlsx = this.mvc.perform(
				get("/invitations/export").param("format", "xlsx").param("state", "ISSUED").with(user(this.reviewer)))
			.andReturn();
		assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("invitation-codes.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("邀请码");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(own.display());
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
		}
		assertThat(this.mvc.perform(get("/invitations/export").param("format", "doc").with(user(this.reviewer)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(page(get("/invitations").param("state", "ISSUED").with(user(this.reviewer))))
			.contains("href=\"/invitations/export?state=ISSUED&amp;format=xlsx\"");
	}

	@Test
	void aCodeIsRevokedOnlyAfterItsConfirmationPage() throws Exception {
		InvitationCode code = this.inviters.codes(this.tradeBody, 1).get(0);

		String confirm = page(get("/invitations/" + code.getId() + "/revoke").with(user(this.reviewer)));
		MvcResult unconfirmed = this.mvc
			.perform(post("/invitations/" + code.getId() + "/revoke").with(user(this.reviewer)).with(csrf()))
			.andReturn();

		assertThat(confirm).contains("id=\"revoke-confirm\"").contains(code.display());
		assertThat(unconfirmed.getResponse().getRedirectedUrl()).isEqualTo("/invitations/" + code.getId() + "/revoke");
		assertThat(status(code)).isEqualTo("ISSUED");

		MvcResult revoked = this.mvc
			.perform(post("/invitations/" + code.getId() + "/revoke").param("confirm", "true")
				.with(user(this.reviewer))
				.with(csrf()))
			.andReturn();

		assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo("/invitations");
		assertThat(status(code)).isEqualTo("REVOKED");
		assertThat(page(get("/invitations").param("state", "REVOKED").with(user(this.reviewer))))
			.contains(code.display())
			.doesNotContain("/invitations/" + code.getId() + "/revoke");
	}

	@Test
	void anotherOrganisationGetsNotFoundForTheCodeAndSeesNoneOfItsExhibitors() throws Exception {
		InvitationCode code = this.inviters.codes(this.tradeBody, 1).get(0);
		PortalUser unit = this.inviters.unit(this.tree);
		this.exhibitors.register(unit.unitId(), InviterFixtures.registration(code.getCode()), "unit");
		String unitName = this.jdbc.queryForObject("select name_zh from unit where id = ?", String.class,
				unit.unitId());
		InvitationCode fresh = this.inviters.codes(this.tradeBody, 1).get(0);
		PortalUser organiser = this.fixtures.organiserReviewer(this.tree);

		assertThat(status(get("/invitations/" + fresh.getId() + "/revoke").with(user(organiser)))).isEqualTo(404);
		assertThat(status(post("/invitations/" + fresh.getId() + "/revoke").param("confirm", "true")
			.with(user(organiser))
			.with(csrf()))).isEqualTo(404);
		assertThat(status(fresh)).isEqualTo("ISSUED");
		assertThat(page(get("/invitations").with(user(organiser)))).doesNotContain(fresh.display());
		assertThat(page(get("/invitations/exhibitors").with(user(organiser)))).doesNotContain(unitName)
			.contains("id=\"exhibitors-empty\"");
		assertThat(page(get("/invitations/exhibitors").with(user(this.reviewer)))).contains(unitName)
			.contains("线上线下参展商");
		assertThat(page(get("/invitations").param("state", "USED").with(user(this.reviewer)))).contains(unitName);

		String own = this.mvc
			.perform(get("/invitations/exhibitors/export").param("format", "csv").with(user(this.reviewer)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(own).startsWith("\uFEFF").contains(unitName).contains("线上线下参展商");
		String others = this.mvc
			.perform(get("/invitations/exhibitors/export").param("format", "csv").with(user(organiser)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(others).doesNotContain(unitName).hasLineCount(1);
		assertThat(page(get("/invitations/exhibitors").param("q", "测试").with(user(this.reviewer))))
			.contains("href=\"/invitations/exhibitors/export?q=%E6%B5%8B%E8%AF%95&amp;format=csv\"");
	}

	@Test
	void nobodyButAnInvitingOrganisationsReviewersGetsIn() throws Exception {
		PortalUser sub = this.fixtures.user(this.tree.subReviewer());
		PortalUser unit = this.inviters.unit(this.tree);

		assertThat(status(get("/invitations").with(user(sub)))).isEqualTo(403);
		assertThat(status(get("/invitations").with(user(unit)))).isEqualTo(403);
		assertThat(status(get("/invitations/exhibitors").with(user(unit)))).isEqualTo(403);
		assertThat(status(get("/invitations"))).isEqualTo(302);
		assertThat(page(get("/invitations").with(user(this.fixtures.user(this.tree.delegationReviewer())))))
			.contains("id=\"invitations-empty\"");
	}

	private String status(InvitationCode code) {
		return this.jdbc.queryForObject("select status from invitation_code where id = ?", String.class, code.getId());
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private int status(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

}
