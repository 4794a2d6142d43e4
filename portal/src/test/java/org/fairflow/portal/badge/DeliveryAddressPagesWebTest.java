package org.fairflow.portal.badge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The liaison's delivery addresses: add, edit, delete, make default; at most five, one
 * default; only the liaison's own approved unit, never a server error.
 */
@PortalTest
@AutoConfigureMockMvc
class DeliveryAddressPagesWebTest {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	MockMvc mvc;

	WebPages pages;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MessageSource messages;

	PortalUser liaison;

	@BeforeEach
	void approvedUnit() {
		this.pages = new WebPages(this.mvc, AddressNotFoundException.class, ResponseStatusException.class);
		this.liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void thePersonsPageLinksToTheAddressesAndAnEmptyUnitSeesTheEmptyState() throws Exception {
		assertThat(this.pages.page(get("/badge/persons").with(user(this.liaison))))
			.contains("href=\"/badge/addresses\"");
		String html = this.pages.page(get("/badge/addresses").with(user(this.liaison)));
		assertThat(html).contains("id=\"addresses-empty\"").contains("id=\"address-add\"");
		assertThat(this.pages.page(get("/badge/addresses/new").with(user(this.liaison))))
			.contains("id=\"address-form\"");
	}

	@Test
	void theFirstAddressBecomesTheDefaultAndIsListed() throws Exception {
		MvcResult result = this.pages.perform(add(fields("王收件")));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/badge/addresses");
		assertThat(count()).isEqualTo(1);
		Map<String, Object> row = this.jdbc.queryForMap("select * from badge_delivery_address where unit_id = ?",
				this.liaison.unitId());
		assertThat(row.get("is_default")).isEqualTo(true);
		assertThat(row.get("postcode")).isEqualTo("200120");
		assertThat(row.get("mobile")).isEqualTo("13812345678");

		String html = this.pages.page(get("/badge/addresses").with(user(this.liaison)));
		assertThat(html).contains("王收件").contains("世纪大道 100 号").contains("address-default");
		assertThat(rows(html)).isEqualTo(1);
	}

	@Test
	void makingAnotherAddressTheDefaultUnsetsTheOldOne() throws Exception {
		long first = addAddress("甲");
		long second = addAddress("乙");
		assertThat(defaults()).containsExactly(first);

		this.pages.perform(post("/badge/addresses/" + second + "/default").with(csrf()).with(user(this.liaison)));

		assertThat(defaults()).containsExactly(second);
	}

	@Test
	void deletingTheDefaultMakesTheOldestRemainingTheDefault() throws Exception {
		long first = addAddress("甲");
		long second = addAddress("乙");
		long third = addAddress("丙");
		this.pages.perform(post("/badge/addresses/" + third + "/default").with(csrf()).with(user(this.liaison)));

		this.pages.perform(post("/badge/addresses/" + third + "/delete").with(csrf()).with(user(this.liaison)));
		assertThat(defaults()).containsExactly(first);
		assertThat(count()).isEqualTo(2);

		this.pages.perform(post("/badge/addresses/" + second + "/delete").with(csrf()).with(user(this.liaison)));
		assertThat(defaults()).containsExactly(first);

		this.pages.perform(post("/badge/addresses/" + first + "/delete").with(csrf()).with(user(this.liaison)));
		assertThat(count()).isZero();
	}

	@Test
	void deletingAsksForConfirmation() throws Exception {
		addAddress("甲");
		String html = this.pages.page(get("/badge/addresses").with(user(this.liaison)));
		assertThat(html).contains("data-confirm=")
			.contains(HtmlUtils.htmlEscape(this.messages.getMessage("badge.address.delete.confirm", null, CHINESE)));
	}

	@Test
	void aSixthAddressIsRefusedWithAClearMessage() throws Exception {
		for (int i = 0; i < UnitAddresses.MAX_PER_UNIT; i++) {
			addAddress("收件人" + i);
		}
		assertThat(this.pages.page(get("/badge/addresses").with(user(this.liaison))))
			.doesNotContain("id=\"address-add\"");

		String html = refused(add(fields("第六")));

		assertThat(html).contains(text("badge.address.full"));
		assertThat(count()).isEqualTo(5);
		assertThat(defaults()).hasSize(1);
	}

	@Test
	void aBadMobileOrPostcodeIsNamedAndNothingIsStored() throws Exception {
		Map<String, String> fields = fields("王收件");
		fields.put("mobile", "12345678901");
		fields.put("postcode", "20012");
		fields.remove("street");

		String html = refused(add(fields));

		for (String key : List.of("badge.address.mobile.mainland", "badge.address.postcode.invalid",
				"badge.address.street.required")) {
			assertThat(html).as(key).contains(text(key));
		}
		assertThat(html).doesNotContain("java.lang");

		Map<String, String> letters = fields("王收件");
		letters.put("postcode", "2001AB");
		assertThat(refused(add(letters))).contains(text("badge.address.postcode.invalid"));
	}

	@Test
	void anAddressCanBeEditedAndABadEditChangesNothing() throws Exception {
		long id = addAddress("甲");
		assertThat(this.pages.page(get("/badge/addresses/" + id + "/edit").with(user(this.liaison))))
			.contains("世纪大道 100 号");

		Map<String, String> changed = fields("乙");
		changed.put("street", "南京东路 1 号");
		MvcResult result = this.pages.perform(edit(id, changed, this.liaison));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/badge/addresses");
		assertThat(column(id, "recipient_name")).isEqualTo("乙");
		assertThat(column(id, "street")).isEqualTo("南京东路 1 号");
		assertThat(column(id, "is_default")).isEqualTo(true);

		Map<String, String> bad = fields("丙");
		bad.put("mobile", "1381234");
		String html = refused(edit(id, bad, this.liaison));
		assertThat(html).contains(text("badge.address.mobile.mainland"));
		assertThat(column(id, "recipient_name")).isEqualTo("乙");
		assertThat(column(id, "mobile")).isEqualTo("13812345678");
	}

	@Test
	void anotherUnitsAddressIsNotFoundForEveryAction() throws Exception {
		long id = addAddress("甲");
		PortalUser other = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);

		assertThat(this.pages.status(get("/badge/addresses/" + id + "/edit").with(user(other)))).isEqualTo(404);
		assertThat(this.pages.status(edit(id, fields("乙"), other))).isEqualTo(404);
		assertThat(this.pages.status(post("/badge/addresses/" + id + "/default").with(csrf()).with(user(other))))
			.isEqualTo(404);
		assertThat(this.pages.status(post("/badge/addresses/" + id + "/delete").with(csrf()).with(user(other))))
			.isEqualTo(404);
		assertThat(this.pages.status(get("/badge/addresses/abc/edit").with(user(other)))).isEqualTo(404);
		assertThat(this.pages.status(get("/badge/addresses/999999999/edit").with(user(other)))).isEqualTo(404);
		assertThat(count()).isEqualTo(1);
		assertThat(column(id, "recipient_name")).isEqualTo("甲");
		assertThat(this.pages.page(get("/badge/addresses").with(user(other))))
			.doesNotContain("data-address-id=\"" + id + "\"");
	}

	@Test
	void reviewersAndUnapprovedUnitsAreForbidden() throws Exception {
		long id = addAddress("甲");
		Fixtures.Tree tree = this.fixtures.tree();
		PortalUser reviewer = this.fixtures.user(tree.delegationReviewer());
		assertThat(this.pages.status(get("/badge/addresses").with(user(reviewer)))).isEqualTo(403);
		assertThat(this.pages.status(get("/badge/addresses/new").with(user(reviewer)))).isEqualTo(403);
		assertThat(this.pages.status(add(fields("乙")).with(user(reviewer)))).isEqualTo(403);
		assertThat(this.pages.status(post("/badge/addresses/" + id + "/delete").with(csrf()).with(user(reviewer))))
			.isEqualTo(403);

		PortalUser underReview = BadgeTestData.registeredUnit(this.fixtures);
		assertThat(this.pages.status(get("/badge/addresses").with(user(underReview)))).isEqualTo(403);
		assertThat(this.pages.status(add(fields("乙")).with(user(underReview)))).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from badge_delivery_address where unit_id = ?", Long.class,
				underReview.unitId()))
			.isZero();
		assertThat(count()).isEqualTo(1);

		MvcResult anonymous = this.mvc.perform(get("/badge/addresses")).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
	}

	private long addAddress(String recipient) throws Exception {
		this.pages.perform(add(fields(recipient)));
		return this.jdbc.queryForObject(
				"select max(id) from badge_delivery_address where unit_id = ? and recipient_name = ?", Long.class,
				this.liaison.unitId(), recipient);
	}

	static Map<String, String> fields(String recipient) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("recipientName", recipient);
		fields.put("mobile", "13812345678");
		fields.put("province", "上海市");
		fields.put("city", "上海市");
		fields.put("district", "浦东新区");
		fields.put("street", "世纪大道 100 号");
		fields.put("postcode", "200120");
		return fields;
	}

	private MockHttpServletRequestBuilder add(Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post("/badge/addresses");
		fields.forEach(request::param);
		return request.with(csrf()).with(user(this.liaison));
	}

	private RequestBuilder edit(long id, Map<String, String> fields, PortalUser as) {
		MockHttpServletRequestBuilder request = post("/badge/addresses/" + id);
		fields.forEach(request::param);
		return request.with(csrf()).with(user(as));
	}

	/** A request whose form must come back refused, storing nothing. */
	private String refused(RequestBuilder request) throws Exception {
		long before = count();
		MvcResult result = this.pages.perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getModelAndView().getViewName()).isEqualTo("badge/address-form");
		assertThat(count()).isEqualTo(before);
		return result.getResponse().getContentAsString();
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from badge_delivery_address where unit_id = ?", Long.class,
				this.liaison.unitId());
	}

	private List<Long> defaults() {
		return this.jdbc.queryForList(
				"select id from badge_delivery_address where unit_id = ? and is_default order by id", Long.class,
				this.liaison.unitId());
	}

	private Object column(long id, String column) {
		return this.jdbc.queryForObject("select " + column + " from badge_delivery_address where id = ?", Object.class,
				id);
	}

	private static int rows(String html) {
		return html.split("class=\"address-row\"", -1).length - 1;
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, CHINESE));
	}

}
