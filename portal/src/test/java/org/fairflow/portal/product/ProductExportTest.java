package org.fairflow.portal.product;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.fairflow.portal.exhibit.ExhibitTestData;
import org.fairflow.portal.export.ExportedFile;
import org.fairflow.portal.payment.PaymentTestData;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The product lists' exports: the exhibitor's own products with the list's filters and
 * never another's; the organiser's listed products with the search, never a draft or a
 * forced-off one, and nobody else's way in. Items are made listed in the database: the
 * audit itself is ProductLifecycleTest's.
 */
@PortalTest
@AutoConfigureMockMvc
class ProductExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductEditing editing;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	UnitDirectory units;

	ExhibitTestData.ExhibitorUnit ex;

	ExhibitTestData.ExhibitorUnit other;

	String token;

	@BeforeEach
	void exhibitors() {
		this.ex = ExhibitTestData.exhibitor(this.context);
		this.other = ExhibitTestData.exhibitor(this.context);
		this.token = "EXP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	@Test
	void theExhibitorExportsItsOwnProductsWithTheListsFilters() throws Exception {
		Product draft = product(this.ex, this.token + "-draft", "1999.00");
		Product live = listed(product(this.ex, this.token + "-live", ""));
		Product theirs = listed(product(this.other, this.token + "-theirs", "5"));

		assertThat(page(get("/exhibitor/products?status=APPROVED&listed=yes&q=" + this.token), this.ex.liaison()))
			.contains("href=\"/exhibitor/products/export?q=" + this.token + "&amp;status=APPROVED&amp;listed=yes"
					+ "&amp;format=csv\"")
			.contains("href=\"/exhibitor/products/export?q=" + this.token + "&amp;status=APPROVED&amp;listed=yes"
					+ "&amp;format=xlsx\"");

		List<List<String>> all = ExportedFile
			.csv(export("/exhibitor/products/export?lang=en", "csv", this.ex.liaison()));
		assertThat(all.get(0)).containsExactly("Number", "Product name", "Category", "Market price (CNY)",
				"Wholesale price (CNY)", "Created", "Audit status", "Listing");
		assertThat(numbers(all)).as("own products, newest first").containsExactly(live.getNumber(), draft.getNumber());
		String education = ProductCategory.EDUCATION_PRIMARY.label(Locale.ENGLISH);
		assertThat(all.get(1)).startsWith(live.getNumber(), this.token + "-live", education, "No quote", "No quote")
			.endsWith("Approved", "Listed");
		assertThat(all.get(1).get(5)).isNotBlank();
		assertThat(all.get(2)).startsWith(draft.getNumber(), this.token + "-draft", education, "1999.00", "No quote")
			.endsWith("Draft", "Not listed");

		assertThat(numbers(
				ExportedFile.csv(export("/exhibitor/products/export?status=APPROVED", "csv", this.ex.liaison()))))
			.containsExactly(live.getNumber());
		assertThat(numbers(ExportedFile.csv(export("/exhibitor/products/export?listed=no", "csv", this.ex.liaison()))))
			.containsExactly(draft.getNumber());
		assertThat(numbers(ExportedFile
			.csv(export("/exhibitor/products/export?q=" + draft.getNumber(), "csv", this.ex.liaison()))))
			.containsExactly(draft.getNumber());
		assertThat(numbers(ExportedFile.csv(export("/exhibitor/products/export", "csv", this.other.liaison()))))
			.containsExactly(theirs.getNumber());

		List<List<String>> xlsx = ExportedFile
			.xlsx(export("/exhibitor/products/export?lang=en", "xlsx", this.ex.liaison()));
		assertThat(xlsx.get(0)).isEqualTo(all.get(0));
		assertThat(numbers(xlsx)).isEqualTo(numbers(all));
	}

	@Test
	void aUnitThatIsNotAnExhibitorIsSentToRegisterAndAWrongFormatIsABadRequest() throws Exception {
		PortalUser notExhibiting = PaymentTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc).liaison();

		MvcResult sent = this.mvc
			.perform(get("/exhibitor/products/export").param("format", "csv").with(user(notExhibiting)))
			.andReturn();
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/exhibitor/register");
		assertThat(status(get("/exhibitor/products/export").param("format", "pdf"), this.ex.liaison())).isEqualTo(400);
	}

	@Test
	void theOrganiserExportsTheListedProductsTheSearchFinds() throws Exception {
		Product mine = listed(product(this.ex, this.token + "-a", "1999.00"));
		Product theirs = listed(product(this.other, this.token + "-b", ""));
		product(this.ex, this.token + "-c-draft", "1");
		Product forced = listed(product(this.ex, this.token + "-d-forced", "1"));
		this.jdbc.update("update product set forced_reason = '违规' where id = ?", forced.getId());
		PortalUser organiser = this.fixtures.organiserReviewer(this.ex.tree());

		assertThat(page(get("/exhibits/listed?q=" + this.token), organiser))
			.contains("href=\"/exhibits/listed/export?q=" + this.token + "&amp;format=csv\"")
			.contains("href=\"/exhibits/listed/export?q=" + this.token + "&amp;format=xlsx\"");
		List<List<String>> csv = ExportedFile
			.csv(export("/exhibits/listed/export?lang=en&q=" + this.token.toLowerCase(Locale.ROOT), "csv", organiser));
		assertThat(csv.get(0)).containsExactly("Number", "Product name", "Exhibitor", "Category", "Market price (CNY)",
				"Wholesale price (CNY)");
		assertThat(numbers(csv)).as("by name, listed only").containsExactly(mine.getNumber(), theirs.getNumber());
		assertThat(csv.get(1)).containsExactly(mine.getNumber(), this.token + "-a", unitName(this.ex, Locale.ENGLISH),
				ProductCategory.EDUCATION_PRIMARY.label(Locale.ENGLISH), "1999.00", "No quote");
		assertThat(csv.get(2)).contains(unitName(this.other, Locale.ENGLISH));

		List<List<String>> xlsx = ExportedFile
			.xlsx(export("/exhibits/listed/export?q=" + this.token, "xlsx", organiser));
		assertThat(xlsx.get(0)).containsExactly("展品编号", "展品名称", "参展商", "展品类别", "市场价（元）", "批发价（元）");
		assertThat(numbers(xlsx)).isEqualTo(numbers(csv));
		assertThat(xlsx.get(1).get(2)).isEqualTo(unitName(this.ex, Locale.CHINESE));

		assertThat(status(get("/exhibits/listed/export?format=csv"), this.ex.liaison())).isEqualTo(403);
		assertThat(status(get("/exhibits/listed/export?format=csv"), this.ex.reviewer())).isEqualTo(403);
	}

	private Product product(ExhibitTestData.ExhibitorUnit who, String name, String marketPrice) {
		ProductForm form = ProductTestData.form();
		form.setName(name);
		form.setMarketPrice(marketPrice);
		return this.editing.save(who.exhibitor(), null, form, ProductTestData.images(1), false, "liaison");
	}

	/** Approved and listed as the audit and the exhibitor would leave it. */
	private Product listed(Product product) {
		this.jdbc.update("update product set status = 'APPROVED', live_revision_id = pending_revision_id,"
				+ " pending_revision_id = null, listed = true where id = ?", product.getId());
		return product;
	}

	private String unitName(ExhibitTestData.ExhibitorUnit who, Locale locale) {
		return this.units.findById(who.exhibitor().getUnitId()).orElseThrow().name(locale);
	}

	private static List<String> numbers(List<List<String>> rows) {
		return rows.stream().skip(1).map((row) -> row.get(0)).toList();
	}

	private byte[] export(String path, String format, PortalUser who) throws Exception {
		MvcResult result = this.mvc.perform(get(path).param("format", format).with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

	private String page(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
		return this.mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
	}

}
