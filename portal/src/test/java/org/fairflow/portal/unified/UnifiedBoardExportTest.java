package org.fairflow.portal.unified;

import java.util.ArrayList;
import java.util.List;

import org.fairflow.portal.export.ExportedFile;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The unified-payment board as a file: every unit of the delegation's own tree (all
 * pages), confirmed against the cap; another delegation's units never.
 */
@PortalTest
@AutoConfigureMockMvc
class UnifiedBoardExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organisations organisations;

	@Autowired
	UnifiedPayment payment;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDelegationExportsEveryUnitOfItsOwnTreeOnly() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		PortalUser reviewer = this.fixtures.user(tree.delegationReviewer());
		List<String> ids = new ArrayList<>();
		for (int i = 0; i <= UnifiedBoards.PAGE_SIZE; i++) {
			Long orgId = (i % 2 == 0) ? tree.sub().getId() : tree.delegation().getId();
			ids.add(UnifiedTestData.unit(this.jdbc, orgId).toString());
		}
		Long first = Long.valueOf(ids.get(0));
		Long othersUnit = UnifiedTestData.unit(this.jdbc, tree.other().getId());
		this.payment.changeCap(tree.delegation().getId(), "1", "reviewer");
		this.payment.confirm("case-" + first, tree.delegation().getId(), first, false, "reviewer");

		String page = this.mvc.perform(get("/unified").with(user(reviewer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/unified/export?format=csv\"");

		List<List<String>> csv = ExportedFile.csv(export(reviewer, "csv"));
		assertThat(csv.get(0)).containsExactly("统一社会信用代码", "单位", "已确认人数", "每个单位的统付人数上限", "是否已达上限");
		assertThat(csv).hasSize(ids.size() + 1);
		String firstCode = this.jdbc.queryForObject("select credit_code from unit where id = ?", String.class, first);
		assertThat(csv.get(1)).containsExactly(firstCode, csv.get(1).get(1), "1", "1", "已达上限");
		assertThat(csv.get(2).subList(2, 5)).containsExactly("0", "1", "");
		String othersCode = this.jdbc.queryForObject("select credit_code from unit where id = ?", String.class,
				othersUnit);
		assertThat(csv).noneSatisfy((row) -> assertThat(row.get(0)).isEqualTo(othersCode));

		List<List<String>> xlsx = ExportedFile.xlsx(export(reviewer, "xlsx"));
		assertThat(xlsx).hasSize(csv.size());
		assertThat(xlsx.get(0)).isEqualTo(csv.get(0));

		PortalUser other = this.fixtures.user(tree.otherReviewer());
		List<List<String>> theirs = ExportedFile.csv(export(other, "csv"));
		assertThat(theirs).hasSize(2);
		assertThat(theirs.get(1).get(0)).isEqualTo(othersCode);
		PortalUser sub = this.fixtures.user(tree.subReviewer());
		assertThat(this.mvc.perform(get("/unified/export").param("format", "csv").with(user(sub)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private byte[] export(PortalUser who, String format) throws Exception {
		MvcResult result = this.mvc.perform(get("/unified/export").param("format", format).with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

}
