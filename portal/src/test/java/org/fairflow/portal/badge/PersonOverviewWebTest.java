package org.fairflow.portal.badge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.query.BoundedQueries;
import org.fairflow.portal.query.BoundedQueries.Count;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The reviewers' person overview: each reviewer sees the persons of its own subtree only,
 * with filters, counts and pages; details are masked and outside persons are not found.
 */
@PortalTest
@AutoConfigureMockMvc
class PersonOverviewWebTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 9_000));

	private static final Pattern PERSON_ID = Pattern.compile("data-person-id=\"(\\d+)\"");

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
	Persons persons;

	@Autowired
	MessageSource messages;

	@Autowired
	PersonOverviewRepository overviewRows;

	@Autowired
	PersonPhotoRepository photos;

	@Autowired
	BoundedQueries bounded;

	@Autowired
	ReviewScopes scopes;

	@Autowired
	PersonStatistics statistics;

	@Autowired
	PlatformTransactionManager transactions;

	Fixtures.Tree tree;

	PortalUser delegation;

	PortalUser sub;

	PortalUser other;

	Long delegationUnit;

	Long subUnit;

	Long otherUnit;

	@BeforeEach
	void treeWithAnApprovedUnitAtEachOrganisation() {
		this.pages = new WebPages(this.mvc);
		this.tree = this.fixtures.tree();
		this.delegation = this.fixtures.user(this.tree.delegationReviewer());
		this.sub = this.fixtures.user(this.tree.subReviewer());
		this.other = this.fixtures.user(this.tree.otherReviewer());
		this.delegationUnit = approvedUnit(this.tree.delegation());
		this.subUnit = approvedUnit(this.tree.sub());
		this.otherUnit = approvedUnit(this.tree.other());
	}

	@Test
	void aDelegationSeesItsOwnAndItsSubDelegationsPersonsButNotAnotherDelegations() throws Exception {
		long atDelegation = person(this.delegationUnit, "STAFF", "DRAFT");
		long atSub = person(this.subUnit, "STAFF", "AWAITING_REVIEW");
		long atOther = person(this.otherUnit, "STAFF", "AWAITING_REVIEW");

		assertThat(ids(this.pages.page(overview(this.delegation, "")))).containsExactly(atSub, atDelegation);
		assertThat(ids(this.pages.page(overview(this.sub, "")))).containsExactly(atSub);
		assertThat(ids(this.pages.page(overview(this.other, "")))).containsExactly(atOther);
	}

	@Test
	void theOrganiserSeesEveryDelegationsPersons() throws Exception {
		long atSub = person(this.subUnit, "STAFF", "DRAFT");
		long atOther = person(this.otherUnit, "VIP", "APPROVED");
		PortalUser organiser = organiser();

		assertThat(ids(this.pages.page(overview(organiser, "unit=" + this.subUnit)))).containsExactly(atSub);
		assertThat(ids(this.pages.page(overview(organiser, "unit=" + this.otherUnit)))).containsExactly(atOther);
		assertThat(ids(this.pages.page(overview(organiser, "org=" + this.tree.other().getId()))))
			.containsExactly(atOther);
	}

	@Test
	void anEmptySubtreeShowsTheEmptyStateAndZeroCounts() throws Exception {
		String html = this.pages.page(overview(this.sub, ""));

		assertThat(html).contains("id=\"overview-empty\"").contains(text("badge.overview.empty"));
		assertThat(html).contains("data-status=\"DRAFT\">0<").contains("data-type=\"VIP\">0<");
		assertThat(html).contains("id=\"nav-overview\"");
	}

	@Test
	void countsPerStatusAndTypeFollowTheOtherFilters() throws Exception {
		person(this.subUnit, "STAFF", "DRAFT");
		long staffReview = person(this.subUnit, "STAFF", "AWAITING_REVIEW");
		long vipReview = person(this.subUnit, "VIP", "AWAITING_REVIEW");
		long visitor = person(this.delegationUnit, "VISITOR", "APPROVED");
		person(this.otherUnit, "VIP", "APPROVED");

		String all = this.pages.page(overview(this.delegation, ""));
		assertStatusCounts(all, 1, 2, 1);
		assertTypeCounts(all, 2, 1, 1);
		assertThat(all).contains(text("status.AWAITING_REVIEW"));

		String inReview = this.pages.page(overview(this.delegation, "status=AWAITING_REVIEW"));
		assertThat(ids(inReview)).containsExactly(vipReview, staffReview);
		assertStatusCounts(inReview, 1, 2, 1);
		assertTypeCounts(inReview, 1, 1, 0);

		String staff = this.pages.page(overview(this.delegation, "type=STAFF"));
		assertStatusCounts(staff, 1, 1, 0);
		assertTypeCounts(staff, 2, 1, 1);

		String subOnly = this.pages.page(overview(this.delegation, "org=" + this.tree.sub().getId()));
		assertStatusCounts(subOnly, 1, 2, 0);
		assertThat(ids(this.pages.page(overview(this.delegation, "unit=" + this.delegationUnit))))
			.containsExactly(visitor);
	}

	@Test
	void beyondTheLimitAChipCountsOnlyUpToItWhileTheOthersStayExact() {
		person(this.subUnit, "STAFF", "DRAFT");
		person(this.subUnit, "STAFF", "DRAFT");
		person(this.subUnit, "STAFF", "DRAFT");
		person(this.subUnit, "VIP", "AWAITING_REVIEW");
		person(this.subUnit, "VISITOR", "APPROVED");
		PersonOverview limited = new PersonOverview(this.overviewRows, this.photos, this.bounded, 2,
				java.time.ZoneId.of("Asia/Shanghai"));
		ReviewScope scope = this.scopes.of(this.sub);

		PersonOverview.Result all = limited.search(scope,
				OverviewFilter.of(scope, null, null, null, null, null, null, null), 0);
		assertThat(all.statusCounts().get(PersonStatus.DRAFT).label()).isEqualTo("2+");
		assertThat(all.statusCounts().get(PersonStatus.AWAITING_REVIEW)).isEqualTo(new Count(1, false));
		assertThat(all.statusCounts().get(PersonStatus.REJECTED)).isEqualTo(new Count(0, false));
		assertThat(all.typeCounts().get(BadgeType.STAFF)).isEqualTo(new Count(2, true));
		assertThat(all.typeCounts().get(BadgeType.VIP)).isEqualTo(new Count(1, false));
		assertThat(all.total()).as("a page of twenty counts as far as itself").isEqualTo(new Count(5, false));

		PersonOverview.Result drafts = limited.search(scope,
				OverviewFilter.of(scope, "DRAFT", null, null, null, null, null, null), 0);
		assertThat(drafts.page().getContent()).hasSize(3);
		assertThat(drafts.typeCounts().get(BadgeType.STAFF)).isEqualTo(new Count(2, true));
		assertThat(drafts.typeCounts().get(BadgeType.VIP)).isEqualTo(new Count(0, false));
		assertThat(drafts.statusCounts().get(PersonStatus.APPROVED)).isEqualTo(new Count(1, false));
	}

	@Test
	void theNameSearchAndTheEntryDatesNarrowTheList() throws Exception {
		long early = person(this.subUnit, "STAFF", "DRAFT");
		long late = person(this.subUnit, "STAFF", "DRAFT");
		this.jdbc.update("update badge_person set name_zh = ?, entry_from = date '2027-05-01',"
				+ " entry_to = date '2027-05-03' where id = ?", "欧阳娜娜", late);

		String byName = this.pages.page(overview(this.delegation, "q=欧阳"));
		assertThat(ids(byName)).containsExactly(late);
		assertThat(byName).contains("2027-05-01 ~ 2027-05-03");
		assertThat(ids(this.pages.page(overview(this.delegation, "from=2027-04-20")))).containsExactly(late);
		assertThat(ids(this.pages.page(overview(this.delegation, "to=2027-04-16")))).containsExactly(early);
		String html = this.pages.page(overview(this.delegation, "q=%25"));
		assertThat(ids(html)).isEmpty();
	}

	@Test
	void filtersOutsideTheScopeOrUnreadableAreIgnoredAndSaidSo() throws Exception {
		long atSub = person(this.subUnit, "STAFF", "DRAFT");
		person(this.otherUnit, "STAFF", "DRAFT");

		String foreignUnit = this.pages.page(overview(this.delegation, "unit=" + this.otherUnit));
		assertThat(ids(foreignUnit)).containsExactly(atSub);
		assertThat(foreignUnit).contains("id=\"filter-ignored\"").contains(text("badge.overview.ignored"));

		String foreignOrg = this.pages.page(overview(this.sub, "org=" + this.tree.delegation().getId()));
		assertThat(ids(foreignOrg)).containsExactly(atSub);
		assertThat(foreignOrg).contains("id=\"filter-ignored\"");

		String garbage = this.pages
			.page(overview(this.delegation, "status=NOPE&type=X&unit=abc&from=yesterday&page=-3"));
		assertThat(ids(garbage)).containsExactly(atSub);
		assertThat(garbage).contains("id=\"filter-ignored\"").doesNotContain("java.lang");
		assertThat(this.pages.page(overview(this.delegation, "status=DRAFT"))).doesNotContain("id=\"filter-ignored\"");
	}

	@Test
	void theListIsPagedByTwentyNewestFirstAndPagesKeepTheFilter() throws Exception {
		List<Long> created = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			created.add(person(this.subUnit, "STAFF", "DRAFT"));
		}
		person(this.subUnit, "VIP", "DRAFT");

		String first = this.pages.page(overview(this.delegation, "type=STAFF"));
		assertThat(ids(first)).hasSize(20).first().isEqualTo(created.get(20));
		assertThat(first).contains("id=\"pagination\"");
		assertThat(HtmlUtils.htmlUnescape(first)).contains("/badge/overview?type=STAFF&page=1");

		String second = this.pages.page(overview(this.delegation, "type=STAFF&page=1"));
		assertThat(ids(second)).containsExactly(created.get(0));
	}

	@Test
	void theListAndTheDetailNeverShowTheFullDocumentOrMobileNumber() throws Exception {
		PersonForm form = PersonRulesTest.domestic();
		long id = person(this.subUnit, form, true);

		String list = this.pages.page(overview(this.delegation, ""));
		assertThat(list).contains(PersonRules.mask(form.getDocumentNumber())).doesNotContain(form.getDocumentNumber());

		String detail = this.pages.page(get("/badge/overview/{id}", id).with(user(this.sub)));
		assertThat(detail).contains(PersonRules.mask(form.getDocumentNumber()))
			.doesNotContain(form.getDocumentNumber())
			.doesNotContain(form.getMobile())
			.contains("139****5678")
			.contains("id=\"person-photo\"")
			.contains("id=\"no-case\"");

		MvcResult photo = this.mvc.perform(get("/badge/overview/{id}/photo", id).with(user(this.delegation)))
			.andReturn();
		assertThat(photo.getResponse().getStatus()).isEqualTo(200);
		assertThat(photo.getResponse().getContentType()).isEqualTo("image/jpeg");
	}

	@Test
	void theDetailShowsTheCaseHistoryOfASubmittedPerson() throws Exception {
		long id = person(this.subUnit, "STAFF", "AWAITING_DELEGATION");
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.ENTERPRISE, this.tree.sub()));
		this.jdbc.update("update badge_person set case_id = ?, submitted_at = current_timestamp where id = ?", caseId,
				id);

		String detail = this.pages.page(get("/badge/overview/{id}", id).with(user(this.delegation)));

		assertThat(detail).contains("id=\"history\"").contains("data-event=\"SUBMITTED\"");
		assertThat(detail).contains("data-status=\"AWAITING_DELEGATION\"").doesNotContain("id=\"no-case\"");
	}

	@Test
	void aPersonOutsideTheSubtreeIsNotFound() throws Exception {
		long atDelegation = person(this.delegationUnit, "STAFF", "DRAFT");
		long atOther = person(this.otherUnit, "STAFF", "DRAFT");

		assertThat(this.pages.status(get("/badge/overview/{id}", atOther).with(user(this.delegation)))).isEqualTo(404);
		assertThat(this.pages.status(get("/badge/overview/{id}/photo", atOther).with(user(this.delegation))))
			.isEqualTo(404);
		assertThat(this.pages.status(get("/badge/overview/{id}", atDelegation).with(user(this.sub)))).isEqualTo(404);
		assertThat(this.pages.status(get("/badge/overview/{id}", "abc").with(user(this.delegation)))).isEqualTo(404);
		assertThat(this.pages.status(get("/badge/overview/{id}", Long.MAX_VALUE).with(user(this.delegation))))
			.isEqualTo(404);
		assertThat(this.pages.status(get("/badge/overview/{id}", atDelegation).with(user(this.delegation))))
			.isEqualTo(200);
	}

	@Test
	void applicantsAreForbidden() throws Exception {
		long atSub = person(this.subUnit, "STAFF", "DRAFT");
		PortalUser liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);

		assertThat(this.pages.status(get("/badge/overview").with(user(liaison)))).isEqualTo(403);
		assertThat(this.pages.status(get("/badge/overview/{id}", atSub).with(user(liaison)))).isEqualTo(403);
		assertThat(this.pages.status(get("/badge/overview/{id}/photo", atSub).with(user(liaison)))).isEqualTo(403);
		assertThat(this.pages.page(get("/badge/persons").with(user(liaison)))).doesNotContain("id=\"nav-overview\"");
	}

	@Test
	void aUnitMovedToAnotherDelegationIsSeenWhereItIsNow() throws Exception {
		long atSub = person(this.subUnit, "STAFF", "DRAFT");
		this.jdbc.update("update unit set organisation_id = ? where id = ?", this.tree.other().getId(), this.subUnit);

		assertThat(ids(this.pages.page(overview(this.delegation, "")))).doesNotContain(atSub);
		assertThat(ids(this.pages.page(overview(this.other, "")))).contains(atSub);
		assertThat(this.pages.status(get("/badge/overview/{id}", atSub).with(user(this.delegation)))).isEqualTo(404);
	}

	/**
	 * More units than the PostgreSQL driver takes bind parameters (65,535): the scope is
	 * a sub-select, never a list of ids, and the unit filter offers the first 500 and
	 * says so. Rolled back, so the other tests never see the units.
	 */
	@Test
	void aDelegationWithMoreUnitsThanAQueryTakesParametersStillSeesItsPersons() throws Exception {
		long atDelegation = person(this.delegationUnit, "STAFF", "DRAFT");
		long atSub = person(this.subUnit, "VIP", "APPROVED");
		TransactionStatus tx = this.transactions.getTransaction(TransactionDefinition.withDefaults());
		try {
			String prefix = "9Z" + SEQUENCE.incrementAndGet();
			this.jdbc.update("insert into unit (credit_code, name_zh, name_en, address, contact_name, contact_mobile,"
					+ " contact_email, category, organisation_id, product_areas, status, created_at, updated_at)"
					+ " select ? || lpad(cast(n as varchar), 12, '0'), '批量单位' || n, 'Bulk unit ' || n, '上海市测试路 1 号',"
					+ " '李联络', '13912345678', 'contact@example.com', 'ENTERPRISE', ?, 'FOOD_AGRI', 'APPROVED',"
					+ " current_timestamp, current_timestamp from generate_series(1, 66000) as n", prefix,
					this.tree.sub().getId());
			String html = this.pages.page(overview(this.delegation, ""));
			assertThat(ids(html)).contains(atDelegation, atSub);
			assertThat(html).contains("id=\"unit-more\"");
			assertThat(html.split("<option ").length - 1).isLessThanOrEqualTo(ReviewScope.UNIT_CHOICES + 1
					+ this.scopes.of(this.delegation).getChoosableOrganisations().size() + 1);
			assertThat(ids(this.pages.page(overview(this.delegation, "org=" + this.tree.sub().getId()))))
				.containsExactly(atSub);
			assertThat(
					this.statistics.registrationsPerDay(this.delegation, new PersonQuery(null, null, null, null, null))
						.values()
						.stream()
						.mapToLong(Long::longValue)
						.sum())
				.isGreaterThanOrEqualTo(2);
		}
		finally {
			this.transactions.rollback(tx);
		}
	}

	@Test
	void aChosenUnitStaysOfferedAndTheNoteIsAbsentWhileTheScopeIsSmall() throws Exception {
		person(this.subUnit, "STAFF", "DRAFT");
		String html = this.pages.page(overview(this.delegation, "unit=" + this.subUnit));
		assertThat(html).doesNotContain("id=\"unit-more\"")
			.containsPattern("value=\"" + this.subUnit + "\"\\s+selected");
	}

	// ---------------------------------------------------------------- helpers

	private Long approvedUnit(Organisation org) {
		return BadgeTestData.unitRow(this.jdbc, org.getId(), "总览测试单位", "Overview test unit");
	}

	private PortalUser organiser() {
		String username = "organiser" + SEQUENCE.incrementAndGet();
		this.accounts.create(username, Fixtures.PASSWORD, Role.ORGANISER, "组委会" + username,
				this.tree.organiser().getId(), null);
		return this.fixtures.user(username);
	}

	/**
	 * A person added through the badge feature, then moved to a status as the process
	 * would.
	 */
	private long person(Long unitId, String badgeType, String status) {
		PersonForm form = PersonRulesTest.domestic();
		form.setBadgeType(badgeType);
		long id = person(unitId, form, false);
		this.jdbc.update("update badge_person set status = ? where id = ?", status, id);
		return id;
	}

	private long person(Long unitId, PersonForm form, boolean withPhoto) {
		PersonRules.Result checked = PersonRules.check(form);
		assertThat(checked.problems()).isEmpty();
		PersonPhoto photo = withPhoto ? PersonPhoto.of(BadgeTestData.jpeg(600, 800)) : null;
		return this.persons.add(unitId, checked.checked(), photo).getId();
	}

	private RequestBuilder overview(PortalUser as, String query) {
		return get("/badge/overview" + (query.isEmpty() ? "" : "?" + query)).with(user(as));
	}

	private void assertStatusCounts(String html, long drafts, long inReview, long approved) {
		assertThat(html).contains("data-status=\"DRAFT\">" + drafts + "<")
			.contains("data-status=\"AWAITING_REVIEW\">" + inReview + "<")
			.contains("data-status=\"APPROVED\">" + approved + "<")
			.contains("data-status=\"REJECTED\">0<");
	}

	private void assertTypeCounts(String html, long staff, long vip, long visitors) {
		assertThat(html).contains("data-type=\"STAFF\">" + staff + "<")
			.contains("data-type=\"VIP\">" + vip + "<")
			.contains("data-type=\"VISITOR\">" + visitors + "<");
	}

	private static List<Long> ids(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher m = PERSON_ID.matcher(html);
		while (m.find()) {
			ids.add(Long.valueOf(m.group(1)));
		}
		return ids;
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));
	}

}
