package org.fairflow.portal.refund;

import java.util.List;

import org.fairflow.portal.export.ExportedFile;
import org.fairflow.portal.security.Accounts;
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

/** A unit exports its own refunds, newest first; never another unit's. */
@PortalTest
@AutoConfigureMockMvc
class UnitRefundsExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RefundRequests requests;

	@Test
	void aUnitExportsItsOwnRefundsOnlyAsCsvAndXlsx() throws Exception {
		RefundTestData.Unit unit = RefundTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		RefundTestData.Unit other = RefundTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		Refund first = refund(unit, RefundTestData.Person.rejected("张一", "200.00"));
		Refund second = refund(unit, RefundTestData.Person.rejected("张二", "80.50"),
				RefundTestData.Person.cancelledByOrganiser("张三", "19.50"));
		Refund others = refund(other, RefundTestData.Person.rejected("别人", "300.00"));

		String page = this.mvc.perform(get("/refunds").with(user(unit.liaison())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/refunds/export?format=csv\"")
			.contains("href=\"/refunds/export?format=xlsx\"");

		List<List<String>> csv = ExportedFile.csv(export(unit, "csv"));
		assertThat(csv.get(0)).containsExactly("编号", "申请时间", "人员", "金额（元）", "状态", "红字发票");
		assertThat(csv.subList(1, csv.size())).extracting((row) -> row.get(0))
			.containsExactly(second.getId().toString(), first.getId().toString());
		assertThat(csv.get(1).subList(2, 4)).containsExactly("张二、张三", "100.00");
		assertThat(csv.get(1).get(4)).isNotBlank().doesNotContain("REQUESTED");
		assertThat(csv.get(2).subList(2, 4)).containsExactly("张一", "200.00");

		List<List<String>> xlsx = ExportedFile.xlsx(export(unit, "xlsx"));
		assertThat(xlsx).hasSize(3);
		assertThat(xlsx.get(0)).isEqualTo(csv.get(0));

		List<List<String>> theirs = ExportedFile.csv(export(other, "csv"));
		assertThat(theirs).hasSize(2);
		assertThat(theirs.get(1).get(0)).isEqualTo(others.getId().toString());
		assertThat(theirs.toString()).doesNotContain("张一", "张二");
	}

	private Refund refund(RefundTestData.Unit unit, RefundTestData.Person... persons) {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, unit, persons);
		return this.requests.request(unit.unitId(), order.orderId(), order.itemIds(), "test");
	}

	private byte[] export(RefundTestData.Unit unit, String format) throws Exception {
		MvcResult result = this.mvc.perform(get("/refunds/export").param("format", format).with(user(unit.liaison())))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

}
