package org.fairflow.portal.billing;

import java.util.ArrayList;
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

/**
 * A unit exports its own orders and invoices (all of them, not one page), never another
 * unit's; finance's list is not widened to units.
 */
@PortalTest
@AutoConfigureMockMvc
class BillingExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUnitExportsEveryOrderOfItsOwnWithItsInvoice() throws Exception {
		BillingTestData.PayingUnit unit = BillingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		BillingTestData.PayingUnit other = BillingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			ids.add(0, BillingTestData.order(this.jdbc, unit, "PENDING", "待付" + i, "10.00").toString());
		}
		Long invoiced = BillingTestData.order(this.jdbc, unit, "PAID", "张三", "120.00", "李四", "80.50");
		ids.add(0, invoiced.toString());
		this.jdbc.update("insert into invoice_request (order_id, unit_id, status, kind, buyer_kind, title, total,"
				+ " invoice_number, issue_date, invoice_total, requested_by, requested_at, updated_at, issued_at)"
				+ " values (?, ?, 'ISSUED', 'ORDINARY', 'UNIT', ?, 200.50, ?, current_date, 200.50, 'test',"
				+ " current_timestamp, current_timestamp, current_timestamp)", invoiced, unit.unitId(), unit.nameZh(),
				"2699" + invoiced);
		Long othersOrder = BillingTestData.order(this.jdbc, other, "PAID", "别人", "300.00");

		String page = this.mvc.perform(get("/billing").with(user(unit.liaison())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/billing/export?format=csv\"")
			.contains("href=\"/billing/export?format=xlsx\"");

		List<List<String>> csv = ExportedFile.csv(export(unit, "csv"));
		assertThat(csv.get(0)).startsWith("订单号", "人员与证件费").contains("合计", "支付", "发票", "发票号码", "红字发票");
		assertThat(csv.subList(1, csv.size())).extracting((row) -> row.get(0)).containsExactlyElementsOf(ids);
		List<String> first = csv.get(1);
		assertThat(first.subList(0, 4)).containsExactly(invoiced.toString(), "张三 · 120.00、李四 · 80.50", "", "200.50");
		assertThat(first).contains("已支付", "已开具", "2699" + invoiced).doesNotContain("PAID", "ISSUED");
		assertThat(csv.get(2)).contains("待支付", "未申请");

		List<List<String>> xlsx = ExportedFile.xlsx(export(unit, "xlsx"));
		assertThat(xlsx).hasSize(csv.size());
		assertThat(xlsx.get(0)).isEqualTo(csv.get(0));

		List<List<String>> theirs = ExportedFile.csv(export(other, "csv"));
		assertThat(theirs).hasSize(2);
		assertThat(theirs.get(1).get(0)).isEqualTo(othersOrder.toString());
		assertThat(this.mvc
			.perform(get("/billing/export").param("format", "csv")
				.with(user(BillingTestData.finance(this.fixtures, this.accounts, unit.tree()))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private byte[] export(BillingTestData.PayingUnit unit, String format) throws Exception {
		MvcResult result = this.mvc.perform(get("/billing/export").param("format", format).with(user(unit.liaison())))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

}
