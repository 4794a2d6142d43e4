package org.fairflow.portal.badge;

import java.util.Locale;

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
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The liaison's application pages: submitting selected drafts with a report of the ones
 * refused, the person page with its history, the hand-over choice and cancellation.
 */
@PortalTest
@AutoConfigureMockMvc
class BadgeApplicationPagesWebTest {

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
	UnitAddresses addresses;

	@Autowired
	MessageSource messages;

	@Autowired
	MemberUnits members;

	PortalUser liaison;

	@BeforeEach
	void approvedUnit() {
		this.pages = new WebPages(this.mvc);
		this.liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void submittingSelectedDraftsStartsThemAndReportsEachOneRefused() throws Exception {
		long good = add(this.liaison, true);
		long noPhoto = add(this.liaison, false);
		long foreign = add(BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc), true);

		MvcResult result = this.pages
			.perform(post("/badge/persons/submit").param("ids", "" + good, "" + noPhoto, "" + foreign, "x")
				.with(csrf())
				.with(user(this.liaison)));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/badge/persons");
		BadgeApplications.SubmitReport report = (BadgeApplications.SubmitReport) result.getFlashMap()
			.get("submitReport");
		assertThat(report.submitted()).isEqualTo(1);
		assertThat(report.refusals()).extracting(BadgeApplications.SubmitReport.Refusal::messageKey)
			.containsExactlyInAnyOrder("badge.submit.photoMissing", "badge.notFound");
		assertThat(column(good, "status")).isEqualTo("AWAITING_PAYMENT");
		assertThat(column(noPhoto, "status")).isEqualTo("DRAFT");
		assertThat(column(foreign, "status")).as("another unit's person is untouched").isEqualTo("DRAFT");

		String list = this.pages.page(get("/badge/persons").flashAttr("submitReport", report).with(user(this.liaison)));
		assertThat(list).contains("id=\"submit-report\"").contains(text("badge.submit.photoMissing"));
	}

	@Test
	void submittingNothingSaysSoAndChangesNothing() throws Exception {
		long id = add(this.liaison, true);

		MvcResult result = this.pages.perform(post("/badge/persons/submit").with(csrf()).with(user(this.liaison)));

		assertThat(result.getFlashMap().get("errorKey")).isEqualTo("badge.submit.noneSelected");
		assertThat(column(id, "status")).isEqualTo("DRAFT");
		assertThat(this.pages.status(post("/badge/persons/submit").param("ids", "" + id).with(user(this.liaison))))
			.as("no CSRF token")
			.isEqualTo(403);
	}

	@Test
	void thePersonPageShowsStatusAndHistoryOnlyToItsOwnUnit() throws Exception {
		long id = add(this.liaison, true);
		this.pages.perform(post("/badge/persons/submit").param("ids", "" + id).with(csrf()).with(user(this.liaison)));

		String html = this.pages.page(get("/badge/persons/" + id).with(user(this.liaison)));

		assertThat(html).contains("data-status=\"AWAITING_PAYMENT\"").contains("id=\"history\"");
		PortalUser other = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		assertThat(this.pages.status(get("/badge/persons/" + id).with(user(other)))).isEqualTo(404);
		assertThat(this.pages.status(get("/badge/persons/abc").with(user(this.liaison)))).isEqualTo(404);
	}

	@Test
	void theHandOverIsASavedAddressOfTheUnitOrPickUp() throws Exception {
		long id = add(this.liaison, true);
		Long own = this.addresses.add(this.liaison.unitId(), UnitAddressesTest.form("王收件")).getId();
		PortalUser other = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		Long foreign = this.addresses.add(other.unitId(), UnitAddressesTest.form("外单位")).getId();

		assertThat(delivery(id, "COURIER", null).getFlashMap().get("errorKey")).isEqualTo("badge.delivery.address");
		assertThat(delivery(id, "COURIER", foreign).getFlashMap().get("errorKey")).isEqualTo("badge.delivery.address");
		assertThat(delivery(id, "TELEPORT", own).getFlashMap().get("errorKey")).isEqualTo("badge.delivery.method");
		assertThat(column(id, "delivery_method")).isEqualTo("DEFAULT");

		assertThat(delivery(id, "COURIER", own).getFlashMap().get("successKey")).isEqualTo("badge.delivery.saved");
		assertThat(column(id, "delivery_method")).isEqualTo("COURIER");
		assertThat(((Number) column(id, "delivery_address_id")).longValue()).isEqualTo(own);

		delivery(id, "PICK_UP", own);
		assertThat(column(id, "delivery_method")).isEqualTo("PICK_UP");
		assertThat(column(id, "delivery_address_id")).isNull();
	}

	@Test
	void anOverlongCancellationReasonIsRefusedAndThePersonStays() throws Exception {
		long id = add(this.liaison, true);

		MvcResult result = this.pages.perform(post("/badge/persons/" + id + "/cancel").param("reason", "很".repeat(201))
			.with(csrf())
			.with(user(this.liaison)));

		assertThat(result.getFlashMap().get("errorKey")).isEqualTo("badge.cancel.reasonTooLong");
		assertThat(column(id, "status")).isEqualTo("DRAFT");
	}

	@Test
	void aDelegationReviewerIsOfferedTheUpgradeOfAnApprovedPersonAndADraftIsRefused() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		PortalUser unit = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc, tree);
		PortalUser reviewer = this.fixtures.user(tree.delegationReviewer());
		long draft = add(unit, true);
		long approved = add(unit, true);
		this.jdbc.update("update badge_person set status = 'APPROVED' where id = ?", approved);

		assertThat(this.pages.page(get("/badge/overview/" + approved).with(user(reviewer))))
			.contains("id=\"upgrade-form\"");
		assertThat(this.pages.page(get("/badge/overview/" + draft).with(user(reviewer))))
			.doesNotContain("id=\"upgrade-form\"");

		MvcResult refused = this.pages.perform(
				post("/badge/overview/" + draft + "/upgrade").param("to", "VIP").with(csrf()).with(user(reviewer)));
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/badge/overview/" + draft);
		assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("badge.upgrade.notNow");
		assertThat(this.pages.status(post("/badge/overview/" + approved + "/upgrade").param("to", "VIP")
			.with(csrf())
			.with(user(this.fixtures.user(tree.otherReviewer()))))).isEqualTo(404);
		assertThat(this.pages
			.status(post("/badge/overview/" + approved + "/upgrade").param("to", "VIP").with(csrf()).with(user(unit))))
			.isEqualTo(404);
		assertThat(column(approved, "badge_type")).isEqualTo("VISITOR");
	}

	private MvcResult delivery(long id, String method, Long addressId) throws Exception {
		return this.pages.perform(post("/badge/persons/" + id + "/delivery").param("method", method)
			.param("addressId", (addressId != null) ? addressId.toString() : "")
			.with(csrf())
			.with(user(this.liaison)));
	}

	@Test
	void anUpgradeWithAFeeBeyondTheQuotaIsRefusedNamingTheQuotaAndNothingIsOwed() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		this.members.add(tree.organiser().getId(), "某会员单位");
		PortalUser unit = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc, tree);
		long approved = add(unit, true);
		this.jdbc.update("update badge_person set status = 'APPROVED' where id = ?", approved);

		MvcResult refused = this.pages.perform(post("/badge/overview/" + approved + "/upgrade").param("to", "VIP")
			.with(csrf())
			.with(user(this.fixtures.user(tree.delegationReviewer()))));

		assertThat((String) refused.getFlashMap().get("errorKey")).startsWith("quota.");
		assertThat(column(approved, "badge_type")).isEqualTo("VISITOR");
		assertThat(this.jdbc.queryForObject("select count(*) from badge_upgrade where person_id = ?", Integer.class,
				approved))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from payment_item where person_id = ? and purpose = 'UPGRADE'", Integer.class,
				approved))
			.isZero();
	}

	private long add(PortalUser unit, boolean withPhoto) {
		return BadgeTestData.draft(this.persons, unit.unitId(), BadgeTestData.form("VISITOR"), withPhoto).getId();
	}

	private Object column(long id, String column) {
		return this.jdbc.queryForObject("select " + column + " from badge_person where id = ?", Object.class, id);
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));
	}

}
