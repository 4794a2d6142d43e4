package org.fairflow.portal.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairflow.portal.booth.ExhibitionZone;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public exhibitor directory without logging in: live booths only (a booth hidden for
 * a re-audit is absent and its page 404, its pending name found nowhere), found by part
 * of the name in any case, by zone and by a tag's link, 24 a page with the filters kept
 * across pages, the contact block only when the exhibitor shows it, in both languages.
 */
@PortalTest
@AutoConfigureMockMvc
class DirectoryWebTest {

	private static final Pattern BOOTH_CARD = Pattern.compile("data-booth-id=\"(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	LiveBoothRows rows;

	@BeforeEach
	void rows() {
		Fixtures.Tree tree = this.fixtures.tree();
		this.rows = new LiveBoothRows(this.jdbc, tree.delegation().getId(), tree.sub().getId());
	}

	@Test
	void aLiveBoothIsListedAndShownButOneHiddenForAReAuditIsNeither() throws Exception {
		String prefix = prefix("名录展台");
		List<Long> ids = this.rows
			.live(new LiveBoothRows.Spec(prefix, ExhibitionZone.CULTURE, List.of("文化", "Design"), true), 3);
		String pendingName = prefix("审核中的新名称");
		this.rows.editLive(ids.get(1), pendingName);
		long video = this.rows.addVideo(ids.get(0));

		String list = page(get("/exhibitors").param("q", prefix));

		assertThat(cards(list)).containsExactly(ids.get(0), ids.get(2));
		assertThat(list).contains(prefix + "0001")
			.contains("文化服务")
			.contains("主营")
			.contains("href=\"/exhibitors?tag=Design\"")
			.contains("src=\"/exhibit-media/")
			.contains("id=\"nav-directory\"")
			.doesNotContain(prefix + "0002");
		String booth = page(get("/exhibitors/" + ids.get(0)));
		assertThat(booth).contains("id=\"booth-name\"")
			.contains(prefix + "0001")
			.contains("展台介绍")
			.contains("https://example.com/")
			.contains("B-0001")
			.contains("id=\"booth-images\"")
			.contains("<video class=\"directory-video\" controls preload=\"metadata\" src=\"/exhibit-media/" + video
					+ "\">")
			.contains("id=\"booth-products\"");
		assertThat(status(get("/exhibitors/" + ids.get(1)))).isEqualTo(404);
		assertThat(status(get("/exhibitors/999999999"))).isEqualTo(404);
		assertThat(status(get("/exhibitors/not-a-number"))).isEqualTo(404);
		String searchPending = page(get("/exhibitors").param("q", pendingName));
		assertThat(searchPending).contains("id=\"directory-empty\"").doesNotContain(pendingName + "</a>");
	}

	@Test
	void aBoothShowsItsListedProductsOnlyWithNoQuoteForAMissingPrice() throws Exception {
		long booth = this.rows
			.live(new LiveBoothRows.Spec(prefix("展品展台"), ExhibitionZone.EDUCATION, List.of("教育"), true), 1)
			.get(0);
		String listed = this.rows.addProduct(booth, prefix("上架课程"), true, null, null);
		String priced = this.rows.addProduct(booth, prefix("标价课程"), true, null, "1100.00");
		String unlisted = this.rows.addProduct(booth, prefix("未上架课程"), false, null, "9");
		String forced = this.rows.addProduct(booth, prefix("被下架课程"), false, "违规", "9");

		String zh = page(get("/exhibitors/" + booth));
		assertThat(zh).contains("展品（2）")
			.contains("data-product-number=\"" + listed + "\"")
			.contains("data-product-number=\"" + priced + "\"")
			.contains("暂无报价")
			.contains("¥1100.00")
			.contains("教育服务-初级教育服务")
			.doesNotContain(unlisted)
			.doesNotContain(forced);
		assertThat(page(get("/exhibitors/" + booth).param("lang", "en"))).contains("Products (2)").contains("No quote");
		long bare = this.rows
			.live(new LiveBoothRows.Spec(prefix("无展品展台"), ExhibitionZone.EDUCATION, List.of("教育"), true), 1)
			.get(0);
		assertThat(page(get("/exhibitors/" + bare))).contains("id=\"booth-products-none\"");
	}

	@Test
	void boothsAreFoundByPartOfTheNameInAnyCaseByZoneAndByATag() throws Exception {
		String prefix = prefix("Filter");
		String tag = "Tag" + UUID.randomUUID().toString().substring(0, 8);
		List<Long> culture = this.rows
			.live(new LiveBoothRows.Spec(prefix + "-Culture-", ExhibitionZone.CULTURE, List.of(tag, "通用"), true), 2);
		List<Long> finance = this.rows
			.live(new LiveBoothRows.Spec(prefix + "-Finance-", ExhibitionZone.FINANCE, List.of("通用"), true), 2);

		assertThat(cards(page(get("/exhibitors").param("q", prefix.toLowerCase() + "-culture"))))
			.containsExactlyElementsOf(culture);
		assertThat(cards(page(get("/exhibitors").param("q", "  " + prefix.toUpperCase() + "  "))))
			.containsExactlyElementsOf(concat(culture, finance));
		assertThat(cards(page(get("/exhibitors").param("q", prefix).param("zone", "FINANCE"))))
			.containsExactlyElementsOf(finance);
		assertThat(cards(page(get("/exhibitors").param("tag", tag.toLowerCase())))).containsExactlyElementsOf(culture);
		assertThat(cards(page(get("/exhibitors").param("q", prefix).param("zone", "NO_SUCH_ZONE"))))
			.containsExactlyElementsOf(concat(culture, finance));
		String wildcard = page(get("/exhibitors").param("q", prefix + "%"));
		assertThat(wildcard).contains("id=\"directory-empty\"").contains("没有符合条件的展台");
	}

	@Test
	void twentyFourBoothsAPageAndTheFiltersKeptOnTheNext() throws Exception {
		String prefix = prefix("Paged");
		List<Long> ids = this.rows.live(new LiveBoothRows.Spec(prefix, ExhibitionZone.TOURISM, List.of("旅游"), true),
				30);

		String first = page(get("/exhibitors").param("q", prefix).param("zone", "TOURISM"));
		String second = page(get("/exhibitors").param("q", prefix).param("zone", "TOURISM").param("page", "1"));
		String garbage = page(get("/exhibitors").param("q", prefix).param("page", "x"));

		assertThat(cards(first)).containsExactlyElementsOf(ids.subList(0, 24));
		assertThat(cards(second)).containsExactlyElementsOf(ids.subList(24, 30));
		assertThat(cards(garbage)).containsExactlyElementsOf(ids.subList(0, 24));
		assertThat(page(get("/exhibitors").param("q", prefix).param("lang", "en"))).contains("30 exhibitors");
		assertThat(first).contains("共 30 家展商")
			.contains("1 / 2")
			.contains("href=\"/exhibitors?q=" + prefix + "&amp;zone=TOURISM&amp;page=1\"");
	}

	@Test
	void theContactBlockShowsOnlyWhenTheExhibitorShowsIt() throws Exception {
		long shown = this.rows
			.live(new LiveBoothRows.Spec(prefix("Shown"), ExhibitionZone.EDUCATION, List.of("教育"), true), 1)
			.get(0);
		long hidden = this.rows
			.live(new LiveBoothRows.Spec(prefix("Hidden"), ExhibitionZone.EDUCATION, List.of("教育"), false), 1)
			.get(0);

		assertThat(page(get("/exhibitors/" + shown))).contains("id=\"booth-contact\"")
			.contains("王展务")
			.contains("010-12345678")
			.contains("booth@example.com");
		assertThat(page(get("/exhibitors/" + hidden))).doesNotContain("booth-contact")
			.doesNotContain("王展务")
			.doesNotContain("010-12345678")
			.doesNotContain("booth@example.com");
	}

	@Test
	void bothLanguagesAndTheEmptyState() throws Exception {
		String prefix = prefix("Lang");
		long id = this.rows.live(new LiveBoothRows.Spec(prefix, ExhibitionZone.SPORTS, List.of("Sport"), true), 1)
			.get(0);
		assertThat(page(get("/exhibitors").param("q", prefix).param("lang", "en"))).contains("one exhibitor")
			.contains("Sports services")
			.contains("Booth name")
			.doesNotContain("??");

		String zh = page(get("/exhibitors/" + id));
		String en = page(get("/exhibitors/" + id).param("lang", "en"));
		String emptyEn = page(get("/exhibitors").param("q", prefix("nothing")).param("lang", "en"));

		assertThat(zh).doesNotContain("id=\"booth-videos\"")
			.contains("体育服务")
			.contains("返回展商名录")
			.contains("联系方式")
			.contains("展商名录");
		assertThat(en).contains("Sports services")
			.contains("All exhibitors")
			.contains("Contact")
			.contains("Booth images")
			.doesNotContain("展商名录")
			.doesNotContain("??");
		assertThat(emptyEn).contains("id=\"directory-empty\"").contains("No booth matches").doesNotContain("??");
	}

	@Test
	void theDirectoryIsPublicButTheExhibitorsOwnPagesAreNot() throws Exception {
		assertThat(status(get("/exhibitors"))).isEqualTo(200);
		MvcResult own = this.mvc.perform(get("/exhibitor/booth")).andReturn();
		assertThat(own.getResponse().getStatus()).isEqualTo(302);
		assertThat(own.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	static String prefix(String word) {
		return word + UUID.randomUUID().toString().substring(0, 8) + "-";
	}

	static List<Long> cards(String html) {
		Matcher m = BOOTH_CARD.matcher(html);
		List<Long> ids = new java.util.ArrayList<>();
		while (m.find()) {
			ids.add(Long.valueOf(m.group(1)));
		}
		return ids;
	}

	private static List<Long> concat(List<Long> a, List<Long> b) {
		List<Long> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
