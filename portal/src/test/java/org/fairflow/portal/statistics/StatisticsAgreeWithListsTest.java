package org.fairflow.portal.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.UnitRows;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every number of the statistics page equals the length of the list its link opens, with
 * and without filters, for a delegation (every row and the total) and for the organiser
 * (the rows of this test's own delegations: the fair's total holds other tests' data).
 */
@PortalTest
@AutoConfigureMockMvc
class StatisticsAgreeWithListsTest {

	private static final Pattern ROW = Pattern.compile("<tr class=\"statistics-row[^\"]*\"\\s+data-org-id=\"(\\w+)\"");

	private static final Pattern LINK = Pattern.compile(
			"<a class=\"stat-link\"\\s+href=\"([^\"]+)\"\\s+data-kind=\"(\\w+)\"\\s+data-key=\"(\\w+)\"\\s+data-count=\"(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	StatisticsData data;

	WebPages pages;

	@BeforeEach
	void setUp() {
		this.data = new StatisticsData(this.fixtures, new UnitRows(this.jdbc));
		this.pages = new WebPages(this.mvc);
	}

	@Test
	void aDelegationsNumbersEqualTheirLists() throws Exception {
		PortalUser reviewer = this.fixtures.user(this.data.tree.delegationReviewer());
		String recent = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(5).toString();
		for (String query : List.of("", "category=ENTERPRISE", "edition=7", "from=" + recent,
				"category=SOCIAL_ORGANISATION&edition=8&from=" + recent)) {
			int checked = agree(reviewer, query, null);
			assertThat(checked).as(query).isEqualTo(3 * 15);
		}
	}

	@Test
	void theOrganisersNumbersForADelegationEqualTheirLists() throws Exception {
		PortalUser organiser = this.fixtures.organiserReviewer(this.data.tree);
		Set<String> mine = Set.of(this.data.tree.delegation().getId().toString(),
				this.data.tree.sub().getId().toString(), this.data.tree.other().getId().toString());
		for (String query : List.of("", "category=GOVERNMENT")) {
			assertThat(agree(organiser, query, mine)).as(query).isEqualTo(3 * 15);
		}
	}

	@Test
	void aNumberIsNotZeroOnlyByAccident() throws Exception {
		PortalUser reviewer = this.fixtures.user(this.data.tree.delegationReviewer());
		String html = this.pages.page(get("/statistics").with(user(reviewer)));

		assertThat(html).contains("data-kind=\"units\" data-key=\"ALL\" data-count=\"5\"")
			.contains("data-kind=\"persons\" data-key=\"REGISTERED\" data-count=\"7\"");
	}

	/**
	 * Opens every number's link of the chosen rows (all when {@code orgIds} is null) and
	 * compares; returns how many numbers were compared.
	 */
	private int agree(PortalUser user, String query, Set<String> orgIds) throws Exception {
		String html = this.pages.page(get("/statistics?" + query).with(user(user)));
		List<int[]> bounds = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			bounds.add(new int[] { row.start(), html.length() });
			ids.add(row.group(1));
			if (bounds.size() > 1) {
				bounds.get(bounds.size() - 2)[1] = row.start();
			}
		}
		int checked = 0;
		for (int r = 0; r < ids.size(); r++) {
			if (orgIds != null && !orgIds.contains(ids.get(r))) {
				continue;
			}
			Matcher link = LINK.matcher(html.substring(bounds.get(r)[0], bounds.get(r)[1]));
			while (link.find()) {
				String href = HtmlUtils.htmlUnescape(link.group(1));
				long expected = Long.parseLong(link.group(4));
				assertThat(listed(href, link.group(2), user)).as(query + " " + href).isEqualTo(expected);
				checked++;
			}
		}
		return checked;
	}

	private long listed(String href, String kind, PortalUser user) throws Exception {
		String list = this.pages.page(get(href).with(user(user)));
		assertThat(list).doesNotContain("id=\"filter-ignored\"");
		if (!"persons".equals(kind) && !"types".equals(kind)) {
			Matcher total = Pattern.compile("data-total=\"(\\d+)\"").matcher(list);
			assertThat(total.find()).isTrue();
			return Long.parseLong(total.group(1));
		}
		return count(list, "class=\"person-row\"");
	}

	private static int count(String html, String needle) {
		int n = 0;
		for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

}
