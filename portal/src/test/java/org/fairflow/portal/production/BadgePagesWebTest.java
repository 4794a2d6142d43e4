package org.fairflow.portal.production;

import java.util.HashMap;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The printable badge (only for its unit's liaison, the reviewers above it and the
 * organiser) and the public verification page a scanned QR code opens.
 */
@PortalTest
@AutoConfigureMockMvc
class BadgePagesWebTest {

	@Autowired
	MockMvc mvc;

	WebPages pages;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProduceBadgeWorker produce;

	@Autowired
	VoidBadgeWorker voidBadge;

	@Autowired
	BadgeSigner signer;

	ProductionTestData.Applicant applicant;

	String badgeId;

	@BeforeEach
	void producedBadge() throws Exception {
		this.pages = new WebPages(this.mvc);
		this.applicant = ProductionTestData.applicant(this.fixtures, this.accounts, this.jdbc);
		this.badgeId = this.produce.handle(ProductionTestData.produceJob(this.applicant, 1, "VIP"))
			.get("badgeId")
			.toString();
	}

	@Test
	void theLiaisonSeesThePrintableBadgeWithPhotoAndQrCode() throws Exception {
		String html = this.pages.page(get("/badges/{id}", this.badgeId).with(user(this.applicant.liaison())));

		assertThat(html).contains("王小明", "WANG Xiaoming", "制证测试单位", "VIP证", "2026-11-05", "2026-11-10")
			.contains("badge-type-VIP", "id=\"badge-photo\"", "/badges/" + this.badgeId + "/qr.png")
			.doesNotContain("id=\"badge-void\"", "id=\"badge-reused\"");
		assertThat(occurrences(html, "WANG Xiaoming")).as("the English name is printed once").isEqualTo(1);
		assertNoPersonalData(html);
		MvcResult photo = this.pages
			.perform(get("/badges/{id}/photo.jpg", this.badgeId).with(user(this.applicant.liaison())));
		assertThat(photo.getResponse().getStatus()).isEqualTo(200);
		assertThat(photo.getResponse().getContentType()).isEqualTo("image/jpeg");
	}

	@Test
	void theQrImageDecodesToTheVerificationUrlOfTheBadge() throws Exception {
		MvcResult qr = this.pages
			.perform(get("/badges/{id}/qr.png", this.badgeId).with(user(this.applicant.liaison())));

		assertThat(qr.getResponse().getContentType()).isEqualTo("image/png");
		String url = QrCodesTest.decode(qr.getResponse().getContentAsByteArray());
		assertThat(url).endsWith("/verify/" + this.signer.token(this.badgeId)).startsWith("http");
	}

	@Test
	void reviewersAboveTheUnitAndTheOrganiserSeeTheBadge() throws Exception {
		PortalUser sub = this.fixtures.user(this.applicant.tree().subReviewer());
		PortalUser delegation = this.fixtures.user(this.applicant.tree().delegationReviewer());

		assertThat(this.pages.status(get("/badges/{id}", this.badgeId).with(user(sub)))).isEqualTo(200);
		assertThat(this.pages.status(get("/badges/{id}", this.badgeId).with(user(delegation)))).isEqualTo(200);
		assertThat(this.pages
			.status(get("/badges/{id}", this.badgeId).with(user(ProductionTestData.organiser(this.applicant.tree())))))
			.isEqualTo(200);
	}

	@Test
	void anybodyElseGetsNotFoundForThePageTheQrCodeAndThePhoto() throws Exception {
		ProductionTestData.Applicant other = ProductionTestData.applicant(this.fixtures, this.accounts, this.jdbc);
		PortalUser otherLiaison = other.liaison();
		PortalUser otherReviewer = this.fixtures.user(this.applicant.tree().otherReviewer());

		for (PortalUser stranger : new PortalUser[] { otherLiaison, otherReviewer }) {
			assertThat(this.pages.status(get("/badges/{id}", this.badgeId).with(user(stranger)))).isEqualTo(404);
			assertThat(this.pages.status(get("/badges/{id}/qr.png", this.badgeId).with(user(stranger)))).isEqualTo(404);
			assertThat(this.pages.status(get("/badges/{id}/photo.jpg", this.badgeId).with(user(stranger))))
				.isEqualTo(404);
		}
		assertThat(this.pages.status(get("/badges/{id}", "no-such-badge").with(user(this.applicant.liaison()))))
			.isEqualTo(404);
		assertThat(this.pages.status(get("/badges/{id}", this.badgeId))).isEqualTo(302);
	}

	@Test
	void aVoidBadgeIsWatermarkedAndHasNoQrCode() throws Exception {
		voidIt();

		String html = this.pages.page(get("/badges/{id}", this.badgeId).with(user(this.applicant.liaison())));

		assertThat(html).contains("id=\"badge-void\"", "作废 VOID", "id=\"badge-void-notice\"").doesNotContain("qr.png");
		assertThat(this.pages.status(get("/badges/{id}/qr.png", this.badgeId).with(user(this.applicant.liaison()))))
			.isEqualTo(404);
	}

	@Test
	void aScannedValidBadgeShowsWhoItIsForWithoutLogin() throws Exception {
		String token = this.signer.token(this.badgeId);

		MvcResult result = this.pages.perform(get("/verify/{token}", token));
		String html = result.getResponse().getContentAsString();

		assertThat(html).contains("id=\"verify-valid\"", "王小明", "WANG Xiaoming", "制证测试单位", "VIP证", "2026-11-05")
			.doesNotContain("id=\"verify-invalid\"", "id=\"verify-void\"");
		assertThat(occurrences(html, "WANG Xiaoming")).as("the English name is shown once").isEqualTo(1);
		assertThat(occurrences(html, "入场日期")).as("the entry label is not repeated in its value").isEqualTo(1);
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertNoPersonalData(html);
		assertThat(this.pages.status(get("/verify/{token}/photo.jpg", token))).isEqualTo(200);
	}

	@Test
	void aScannedVoidBadgeSaysVoidAndShowsNoPhoto() throws Exception {
		voidIt();
		String token = this.signer.token(this.badgeId);

		String html = this.pages.page(get("/verify/{token}", token));

		assertThat(html).contains("id=\"verify-void\"").doesNotContain("id=\"verify-valid\"", "verify-photo");
		assertThat(this.pages.status(get("/verify/{token}/photo.jpg", token))).isEqualTo(404);
	}

	@Test
	void tamperedUnknownAndMalformedTokensAreInvalidWithoutAnErrorPage() throws Exception {
		String token = this.signer.token(this.badgeId);
		String tampered = this.badgeId + "." + token.substring(token.indexOf('.') + 2) + "A";
		String unknown = this.signer.token(BadgeProduction.newId());

		for (String bad : new String[] { tampered, unknown, "garbage", "a.b.c", "<b>.AAAA", "A".repeat(300),
				this.badgeId }) {
			MvcResult result = this.pages.perform(get("/verify/{token}", bad));
			String html = result.getResponse().getContentAsString();
			assertThat(result.getResponse().getStatus()).as(bad).isEqualTo(200);
			assertThat(html).as(bad)
				.contains("id=\"verify-invalid\"")
				.doesNotContain("王小明", "Exception", "id=\"verify-valid\"");
			assertThat(this.pages.status(get("/verify/{token}/photo.jpg", bad))).isEqualTo(404);
		}
	}

	@Test
	void theVerificationPageSpeaksEnglish() throws Exception {
		String html = this.pages.page(get("/verify/{token}", this.signer.token(this.badgeId)).param("lang", "en"));

		assertThat(html).contains("Valid badge", "Badge type", "VIP");
	}

	private void voidIt() throws Exception {
		Map<String, Object> vars = new HashMap<>();
		vars.put("caseId", this.applicant.caseId());
		vars.put("badgeId", this.badgeId);
		this.voidBadge.handle(ProductionTestData.job("void-badge", "Task_VoidBadge", vars));
	}

	private void assertNoPersonalData(String html) {
		assertThat(html).doesNotContain(ProductionTestData.documentNumber(this.jdbc, this.applicant.personId()),
				"13811112222", "13912345678");
	}

	private static int occurrences(String html, String text) {
		return html.split(java.util.regex.Pattern.quote(text), -1).length - 1;
	}

}
