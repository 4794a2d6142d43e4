package org.fairflow.portal.badge;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.CraftedImages;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Student cards: the unit uploads an image that is checked by its content and size before
 * anything is decoded or stored, and kept only as written anew; the organiser of the
 * unit's tree verifies or rejects it from its list.
 */
@PortalTest
@AutoConfigureMockMvc
class StudentCardPagesWebTest {

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
	Persons persons;

	WebPages pages;

	Fixtures.Tree tree;

	PortalUser liaison;

	PortalUser organiser;

	long personId;

	@BeforeEach
	void unitWithAPerson() {
		this.pages = new WebPages(this.mvc, ResponseStatusException.class);
		this.tree = this.fixtures.tree();
		this.liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc, this.tree);
		this.personId = BadgeTestData.draft(this.persons, this.liaison.unitId(), BadgeTestData.form("STAFF"), false)
			.getId();
		this.organiser = organiser(this.tree);
	}

	@Test
	void anUploadThatIsNotAJpegOrPngIsRefusedAndNothingIsStored() throws Exception {
		assertThat(upload("%PDF-1.4 not an image".getBytes())).isEqualTo("badge.studentCard.type");
		// Claims to be a PNG by its first bytes, but is not one.
		byte[] fake = Arrays.copyOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, 200);
		assertThat(upload(fake)).isEqualTo("badge.studentCard.type");
		assertThat(upload(new byte[0])).isEqualTo("badge.studentCard.missing");
		assertThat(stored()).isZero();
	}

	@Test
	void anUploadOver5MbIsRefusedAndNothingIsStored() throws Exception {
		byte[] big = Arrays.copyOf(BadgeTestData.image("png", 300, 200, 8), 5 * 1024 * 1024 + 1);

		assertThat(upload(big)).isEqualTo("badge.studentCard.tooLarge");
		assertThat(stored()).isZero();
	}

	@Test
	void anImageClaimingHugeDimensionsIsRefusedFromItsHeaderAndNothingIsStored() throws Exception {
		assertThat(upload(CraftedImages.pngClaiming(30_000, 30_000))).isEqualTo("badge.studentCard.pixels");
		assertThat(upload(CraftedImages.jpegClaiming(BadgeTestData.image("jpg", 64, 48, 8), 20_000, 20_000)))
			.isEqualTo("badge.studentCard.pixels");
		assertThat(stored()).isZero();
	}

	@Test
	void aValidCardIsKeptWrittenAnewAndTheOrganiserVerifiesItWithAConfirmation() throws Exception {
		byte[] png = BadgeTestData.image("png", 320, 200, 16);
		byte[] withTail = Arrays.copyOf(png, png.length + 64);
		withTail[withTail.length - 1] = 'X';

		assertThat(this.pages
			.perform(multipart("/badge/persons/" + this.personId + "/student-card")
				.file(new MockMultipartFile("card", "card.png", "image/png", withTail))
				.with(csrf())
				.with(user(this.liaison)))
			.getFlashMap()
			.get("successKey")).isEqualTo("badge.studentCard.uploaded");
		byte[] kept = this.jdbc.queryForObject("select content from badge_student_card where person_id = ?",
				byte[].class, this.personId);
		assertThat(kept).isNotEqualTo(withTail).startsWith(0x89, 'P', 'N', 'G');
		assertThat(this.jdbc.queryForObject("select status from badge_student_card where person_id = ?", String.class,
				this.personId))
			.isEqualTo("PENDING");

		String list = this.pages.page(get("/badge/student-cards").with(user(this.organiser)));
		Long cardId = this.jdbc.queryForObject("select id from badge_student_card where person_id = ?", Long.class,
				this.personId);
		assertThat(list).contains("data-card-id=\"" + cardId + "\"", "class=\"d-inline card-approve\"",
				"data-confirm=");
		assertThat(this.pages.status(get("/badge/student-cards/" + cardId + "/image").with(user(this.organiser))))
			.isEqualTo(200);

		MvcResult rejected = this.pages.perform(post("/badge/student-cards/" + cardId).param("decision", "reject")
			.param("reason", "")
			.with(csrf())
			.with(user(this.organiser)));
		assertThat(rejected.getFlashMap().get("errorKey")).isEqualTo("badge.studentCard.reasonRequired");
		MvcResult verified = this.pages.perform(post("/badge/student-cards/" + cardId).param("decision", "approve")
			.with(csrf())
			.with(user(this.organiser)));
		assertThat(verified.getFlashMap().get("successKey")).isEqualTo("badge.studentCard.verified");
		assertThat(this.jdbc.queryForObject("select status from badge_student_card where id = ?", String.class, cardId))
			.isEqualTo("VERIFIED");
		assertThat(this.jdbc.queryForList(
				"select actor || ' ' || action || ' ' || detail from audit_entry where subject = ? and category = ?",
				String.class, "person:" + this.personId, "DECISION"))
			.as("the audit log holds the decision, not the refused attempt")
			.containsExactly(this.organiser.getUsername() + " studentCard.decided verified");
		assertThat(this.pages.page(get("/badge/student-cards").with(user(this.organiser))))
			.contains("id=\"cards-empty\"");
	}

	@Test
	void onlyTheOrganiserOfTheUnitsTreeSeesAndDecidesItsCards() throws Exception {
		upload(BadgeTestData.image("jpg", 200, 120, 8));
		Long cardId = this.jdbc.queryForObject("select id from badge_student_card where person_id = ?", Long.class,
				this.personId);
		PortalUser otherOrganiser = organiser(this.fixtures.tree());

		assertThat(this.pages.page(get("/badge/student-cards").with(user(otherOrganiser))))
			.doesNotContain("data-card-id=\"" + cardId + "\"")
			.contains("id=\"cards-empty\"");
		assertThat(this.pages.status(post("/badge/student-cards/" + cardId).param("decision", "approve")
			.with(csrf())
			.with(user(otherOrganiser)))).isEqualTo(404);
		assertThat(this.pages.status(get("/badge/student-cards").with(user(this.liaison)))).isEqualTo(403);
		assertThat(this.pages
			.status(get("/badge/student-cards").with(user(this.fixtures.user(this.tree.delegationReviewer())))))
			.isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select status from badge_student_card where id = ?", String.class, cardId))
			.isEqualTo("PENDING");
	}

	private String upload(byte[] content) throws Exception {
		MvcResult result = this.pages.perform(multipart("/badge/persons/" + this.personId + "/student-card")
			.file(new MockMultipartFile("card", "card.png", "image/png", content))
			.with(csrf())
			.with(user(this.liaison)));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/badge/persons/" + this.personId);
		Object error = result.getFlashMap().get("errorKey");
		return (error != null) ? error.toString() : null;
	}

	private int stored() {
		return this.jdbc.queryForObject("select count(*) from badge_student_card where person_id = ?", Integer.class,
				this.personId);
	}

	private PortalUser organiser(Fixtures.Tree tree) {
		String username = "sc-organiser" + SEQUENCE.incrementAndGet();
		this.accounts.create(username, Fixtures.PASSWORD, Role.ORGANISER, "组委会", tree.organiser().getId(), null);
		return this.fixtures.user(username);
	}

}
