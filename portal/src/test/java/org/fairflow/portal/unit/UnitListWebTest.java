package org.fairflow.portal.unit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.UnitRows;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The reviewers' unit list: only the subtree's units, filters, 50 a page newest first,
 * and bad filter values answered with a message.
 */
@PortalTest
@AutoConfigureMockMvc
class UnitListWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	WebPages pages;

	UnitRows rows;

	Fixtures.Tree tree;

	@BeforeEach
	void setUp() {
		this.pages = new WebPages(this.mvc);
		this.rows = new UnitRows(this.jdbc);
		this.tree = this.fixtures.tree();
	}

	@Test
	void aDelegationSeesItsSubtreeAndASubDelegationOnlyItself() throws Exception {
		Instant now = Instant.now();
		String tag = "范围" + System.nanoTime();
		this.rows.unit(this.tree.delegation().getId(), tag + "团直属", UnitCategory.ENTERPRISE, "APPROVED", 8, now);
		this.rows.unit(this.tree.sub().getId(), tag + "分团单位", UnitCategory.GOVERNMENT, "SUBMITTED", 8, now);
		this.rows.unit(this.tree.other().getId(), tag + "他团单位", UnitCategory.ENTERPRISE, "APPROVED", 8, now);

		String delegation = this.pages.page(get("/units").param("q", tag).with(as(this.tree.delegationReviewer())));
		assertThat(delegation).contains(tag + "团直属", tag + "分团单位").doesNotContain(tag + "他团单位");

		String sub = this.pages.page(get("/units").param("q", tag).with(as(this.tree.subReviewer())));
		assertThat(sub).contains(tag + "分团单位").doesNotContain(tag + "团直属", tag + "他团单位");

		String other = this.pages.page(get("/units").param("q", tag)
			.param("org", this.tree.delegation().getId().toString())
			.with(as(this.tree.otherReviewer())));
		assertThat(other).contains(text("units.ignored")).contains(tag + "他团单位").doesNotContain(tag + "团直属");
	}

	@Test
	void filtersNarrowTheListByStatusCategoryOrganisationEditionAndRegistrationDate() throws Exception {
		Instant now = Instant.now();
		String tag = "筛选" + System.nanoTime();
		long del = this.tree.delegation().getId();
		long sub = this.tree.sub().getId();
		this.rows.unit(del, tag + "甲", UnitCategory.ENTERPRISE, "APPROVED", 8, now);
		this.rows.unit(sub, tag + "乙", UnitCategory.GOVERNMENT, "SUBMITTED", 8, now);
		this.rows.unit(sub, tag + "丙", UnitCategory.GOVERNMENT, "REJECTED", 7, now.minus(40, ChronoUnit.DAYS));

		assertThat(list("status", "APPROVED", tag)).contains(tag + "甲").doesNotContain(tag + "乙", tag + "丙");
		assertThat(list("category", "GOVERNMENT", tag)).contains(tag + "乙", tag + "丙").doesNotContain(tag + "甲");
		assertThat(list("org", Long.toString(sub), tag)).contains(tag + "乙", tag + "丙").doesNotContain(tag + "甲");
		assertThat(list("org", Long.toString(del), tag)).contains(tag + "甲", tag + "乙", tag + "丙");
		assertThat(list("edition", "7", tag)).contains(tag + "丙").doesNotContain(tag + "甲", tag + "乙");
		String recent = this.pages.page(get("/units").param("q", tag)
			.param("from", now.minus(10, ChronoUnit.DAYS).toString().substring(0, 10))
			.with(as(this.tree.delegationReviewer())));
		assertThat(recent).contains(tag + "甲", tag + "乙").doesNotContain(tag + "丙");
		assertThat(list("status", "RETURNED", tag)).contains(text("units.empty"));
	}

	@Test
	void fiftyUnitsAPageNewestFirst() throws Exception {
		Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
		String tag = "分页" + System.nanoTime();
		for (int i = 0; i < 51; i++) {
			this.rows.unit(this.tree.sub().getId(), tag + "-" + i + "号", UnitCategory.ENTERPRISE, "APPROVED", 8,
					start.plusSeconds(i));
		}
		String first = this.pages.page(get("/units").param("q", tag).with(as(this.tree.delegationReviewer())));
		assertThat(count(first, "class=\"unit-row\"")).isEqualTo(50);
		assertThat(first.indexOf(tag + "-50号")).isLessThan(first.indexOf(tag + "-49号"));
		assertThat(first).doesNotContain(tag + "-0号<").contains("id=\"page-next\"");

		String second = this.pages
			.page(get("/units").param("q", tag).param("page", "1").with(as(this.tree.delegationReviewer())));
		assertThat(count(second, "class=\"unit-row\"")).isEqualTo(1);
		assertThat(second).contains(tag + "-0号<");

		String pastTheEnd = this.pages
			.page(get("/units").param("q", tag).param("page", "999").with(as(this.tree.delegationReviewer())));
		assertThat(count(pastTheEnd, "class=\"unit-row\"")).as("a page past the end shows the last one").isEqualTo(1);
	}

	@Test
	void badFilterValuesAreIgnoredWithAMessageNeverAnError() throws Exception {
		String tag = "无效" + System.nanoTime();
		this.rows.unit(this.tree.sub().getId(), tag + "单位", UnitCategory.ENTERPRISE, "APPROVED", 8, Instant.now());
		String[][] bad = { { "status", "NOPE" }, { "category", "<script>" }, { "org", "abc" }, { "edition", "x1" },
				{ "from", "2026-13-45" }, { "to", "yesterday" }, { "page", "-3" } };
		for (String[] param : bad) {
			String html = this.pages
				.page(get("/units").param("q", tag).param(param[0], param[1]).with(as(this.tree.subReviewer())));
			assertThat(html).as(param[0]).contains(tag + "单位");
			if (!"page".equals(param[0])) {
				assertThat(html).as(param[0]).contains(text("units.ignored"));
			}
		}
		String reversed = this.pages.page(get("/units").param("q", tag)
			.param("from", "2026-05-02")
			.param("to", "2026-05-01")
			.with(as(this.tree.subReviewer())));
		assertThat(reversed).contains(text("units.ignored")).contains(tag + "单位");
		assertThat(this.pages.status(get("/units").with(user(this.fixtures.processOwner())))).isEqualTo(403);
	}

	private String list(String key, String value, String tag) throws Exception {
		return this.pages
			.page(get("/units").param("q", tag).param(key, value).with(as(this.tree.delegationReviewer())));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		UserDetails details = this.fixtures.user(username);
		return user(details);
	}

	private static int count(String html, String needle) {
		int n = 0;
		for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));
	}

}
