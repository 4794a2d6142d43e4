package org.fairflow.portal.quota;

import java.util.List;

import org.fairflow.portal.export.ExportedFile;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairflow.portal.quota.BadgeType.VIP;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The quota boards as files: the numbers of the page, and exactly its scope (a delegation
 * its own subtree; another organisation's board is not found).
 */
@PortalTest
@AutoConfigureMockMvc
class QuotaBoardExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Quotas quotas;

	LedgerFixtures ledger;

	Fixtures.Tree tree;

	@BeforeEach
	void tree() {
		this.ledger = new LedgerFixtures(this.fixtures, this.accounts, this.quotas);
		this.tree = this.fixtures.tree();
	}

	@Test
	void aDelegationExportsItsOwnBoardAndItsSubDelegationsButNoOtherOrganisations() throws Exception {
		String code = this.ledger.chain(this.tree, VIP, 80, 20, 5);
		this.quotas.reserve("export:" + code, VIP, code, this.tree.sub().getId());
		PortalUser reviewer = this.ledger.delegationReviewer(this.tree);
		String delegation = this.tree.delegation().getNameZh();
		String sub = this.tree.sub().getNameZh();

		String page = this.mvc.perform(get("/quotas").with(user(reviewer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/quotas/" + this.tree.delegation().getId() + "/export?format=csv\"");

		List<List<String>> own = ExportedFile.csv(export("/quotas/export", reviewer, "csv", 200));
		assertThat(own.get(0)).startsWith("类别", "统一社会信用代码", "是否注册", "名称", "工作人员·已分配")
			.contains("VIP·已分配", "VIP·已使用", "VIP·已下拨", "VIP·本级使用", "VIP·可用");
		assertThat(own.get(1).subList(0, 4)).containsExactly("本团额度", "", "", delegation);
		assertThat(own.get(1).subList(9, 14)).containsExactly("80", "1", "20", "0", "60");
		assertThat(own).anySatisfy((row) -> assertThat(row.subList(3, 14)).containsExactly(sub, "0", "0", "0", "0", "0",
				"20", "1", "5", "0", "15"));
		assertThat(own.toString()).doesNotContain(this.tree.other().getNameZh());
		assertThat(ExportedFile
			.xlsx(export("/quotas/" + this.tree.delegation().getId() + "/export", reviewer, "xlsx", 200)))
			.hasSize(own.size())
			.first()
			.isEqualTo(own.get(0));

		List<List<String>> subBoard = ExportedFile
			.csv(export("/quotas/" + this.tree.sub().getId() + "/export", reviewer, "csv", 200));
		assertThat(subBoard).anySatisfy((row) -> assertThat(row.subList(1, 2)).containsExactly(code));
	}

	@Test
	void anotherOrganisationsBoardIsNotFoundAndApplicantsAreForbidden() throws Exception {
		PortalUser other = this.fixtures.user(this.tree.otherReviewer());
		PortalUser sub = this.ledger.subReviewer(this.tree);
		RegistrationForm form = Fixtures.form(UnitCategory.ENTERPRISE, this.tree.sub());
		this.fixtures.register(form);
		PortalUser applicant = this.fixtures.user(CreditCode.normalise(form.getCreditCode()));
		String delegationExport = "/quotas/" + this.tree.delegation().getId() + "/export";

		export(delegationExport, other, "csv", 404);
		export("/quotas/" + this.tree.sub().getId() + "/export", other, "csv", 404);
		export(delegationExport, sub, "csv", 404);
		export(delegationExport, applicant, "csv", 403);
		export("/quotas/export", applicant, "csv", 403);
		List<List<String>> subsOwn = ExportedFile.csv(export("/quotas/export", sub, "csv", 200));
		assertThat(subsOwn.get(1).get(3)).isEqualTo(this.tree.sub().getNameZh());
		assertThat(subsOwn.toString()).doesNotContain(this.tree.delegation().getNameZh());
	}

	@Test
	void theOrganiserExportsEveryDelegationAndTheTotal() throws Exception {
		this.ledger.delegation(this.tree, VIP, 30);
		PortalUser organiser = this.ledger.organiser(this.tree);

		assertThat(
				this.mvc.perform(get("/quotas").with(user(organiser))).andReturn().getResponse().getContentAsString())
			.contains("href=\"/quotas/export?format=xlsx\"");
		List<List<String>> rows = ExportedFile.csv(export("/quotas/export", organiser, "csv", 200));
		assertThat(rows.get(0)).startsWith("交易团", "工作人员·已分配");
		assertThat(rows).anySatisfy(
				(row) -> assertThat(row.subList(0, 2)).containsExactly(this.tree.delegation().getNameZh(), "0"));
		assertThat(rows).anySatisfy((row) -> assertThat(row.get(0)).isEqualTo(this.tree.other().getNameZh()));
		assertThat(rows.get(rows.size() - 1).get(0)).isEqualTo("合计");
		List<String> ours = rows.stream()
			.filter((row) -> row.get(0).equals(this.tree.delegation().getNameZh()))
			.findFirst()
			.orElseThrow();
		assertThat(ours.get(6)).isEqualTo("30");
		assertThat(ExportedFile.xlsx(export("/quotas/export", organiser, "xlsx", 200)).get(0)).isEqualTo(rows.get(0));
	}

	private byte[] export(String path, PortalUser who, String format, int status) throws Exception {
		MvcResult result = this.mvc.perform(get(path).param("format", format).with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
		return result.getResponse().getContentAsByteArray();
	}

}
