package org.fairflow.portal.badge;

import java.util.concurrent.atomic.AtomicInteger;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The organiser's member units page: add one (checked), paste many (reported name by
 * name), search, remove with a confirmation; nobody but the organiser reaches it.
 */
@PortalTest
@AutoConfigureMockMvc
class MemberUnitPagesWebTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 9_000));

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MemberUnits members;

	WebPages pages;

	Fixtures.Tree tree;

	PortalUser organiser;

	@BeforeEach
	void organiserOfAFreshTree() {
		this.pages = new WebPages(this.mvc, ResponseStatusException.class);
		this.tree = this.fixtures.tree();
		this.organiser = organiser(this.tree);
	}

	@Test
	void anEmptyListSaysSoAndAnAddedNameIsListedAndCountsAsMember() throws Exception {
		assertThat(this.pages.page(get("/badge/member-units").with(user(this.organiser))))
			.contains("id=\"members-empty\"");

		MvcResult added = add("  中国矿业（集团）有限公司  ");

		assertThat(added.getFlashMap().get("successKey")).isEqualTo("badge.members.added");
		assertThat(names()).containsExactly("中国矿业(集团)有限公司");
		assertThat(this.members.isMember(this.tree.sub().getId(), "中国矿业(集团)有限公司", null)).isTrue();
		assertThat(this.pages.page(get("/badge/member-units").with(user(this.organiser)))).contains("中国矿业(集团)有限公司",
				"class=\"member-remove\"", "data-confirm=");
	}

	@Test
	void aDuplicateAnEmptyOrTooLongNameIsRefusedWithAClearMessage() throws Exception {
		add("某矿业集团");

		assertThat(add("某矿业集团　").getFlashMap().get("errorKey")).isEqualTo("badge.members.duplicate");
		assertThat(add("   ").getFlashMap().get("errorKey")).isEqualTo("badge.members.empty");
		assertThat(add("矿".repeat(201)).getFlashMap().get("errorKey")).isEqualTo("badge.members.tooLong");
		assertThat(names()).containsExactly("某矿业集团");
	}

	@Test
	void pastingManyNamesReportsAddedDuplicatesAndInvalidOnes() throws Exception {
		add("甲矿业");

		MvcResult result = this.pages.perform(
				post("/badge/member-units/bulk").param("names", "乙矿业\n\n甲矿业\r\n丙矿业\n乙矿业\n" + "长".repeat(201) + "\n")
					.with(csrf())
					.with(user(this.organiser)));

		MemberUnits.BulkReport report = (MemberUnits.BulkReport) result.getFlashMap().get("bulkReport");
		assertThat(report.added()).containsExactly("乙矿业", "丙矿业");
		assertThat(report.duplicates()).containsExactly("甲矿业", "乙矿业");
		assertThat(report.invalid()).hasSize(1);
		assertThat(names()).containsExactlyInAnyOrder("甲矿业", "乙矿业", "丙矿业");
	}

	@Test
	void searchFindsPartOfANameAndRemovingTakesItOff() throws Exception {
		add("东方矿业");
		add("西部能源");
		assertThat(this.pages.page(get("/badge/member-units").param("q", "矿业").with(user(this.organiser))))
			.contains("东方矿业")
			.doesNotContain("西部能源");
		Long id = this.jdbc.queryForObject(
				"select id from badge_member_unit where organiser_id = ? and normalised_name = '东方矿业'", Long.class,
				this.tree.organiser().getId());

		MvcResult removed = this.pages
			.perform(post("/badge/member-units/" + id + "/remove").with(csrf()).with(user(this.organiser)));

		assertThat(removed.getFlashMap().get("successKey")).isEqualTo("badge.members.removed");
		assertThat(names()).containsExactly("西部能源");
		assertThat(this.pages
			.perform(post("/badge/member-units/" + id + "/remove").with(csrf()).with(user(this.organiser)))
			.getFlashMap()
			.get("errorKey")).isEqualTo("badge.members.notFound");
	}

	@Test
	void onlyOrganisersReachThePageAndAnotherOrganiserCannotRemoveTheName() throws Exception {
		add("仅本组委会");
		Long id = this.jdbc.queryForObject("select id from badge_member_unit where organiser_id = ?", Long.class,
				this.tree.organiser().getId());
		PortalUser liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc, this.tree);

		assertThat(this.pages.status(get("/badge/member-units").with(user(liaison)))).isEqualTo(403);
		assertThat(this.pages
			.status(get("/badge/member-units").with(user(this.fixtures.user(this.tree.delegationReviewer())))))
			.isEqualTo(403);
		assertThat(this.pages.status(post("/badge/member-units").param("name", "闯入者")
			.with(csrf())
			.with(user(this.fixtures.user(this.tree.delegationReviewer()))))).isEqualTo(403);
		PortalUser other = organiser(this.fixtures.tree());
		this.pages.perform(post("/badge/member-units/" + id + "/remove").with(csrf()).with(user(other)));
		assertThat(this.pages.page(get("/badge/member-units").with(user(other)))).doesNotContain("仅本组委会");

		assertThat(names()).containsExactly("仅本组委会");
	}

	private MvcResult add(String name) throws Exception {
		return this.pages
			.perform(post("/badge/member-units").param("name", name).with(csrf()).with(user(this.organiser)));
	}

	private java.util.List<String> names() {
		return this.jdbc.queryForList("select name from badge_member_unit where organiser_id = ? order by id",
				String.class, this.tree.organiser().getId());
	}

	private PortalUser organiser(Fixtures.Tree tree) {
		String username = "mu-organiser" + SEQUENCE.incrementAndGet();
		this.accounts.create(username, Fixtures.PASSWORD, Role.ORGANISER, "组委会", tree.organiser().getId(), null);
		return this.fixtures.user(username);
	}

}
