package org.fairflow.portal.unit;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.fairflow.portal.support.CraftedImages;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Registration through the web form: every bad input is named in the re-rendered form and
 * nothing is stored; a good one leads to the login page.
 */
@PortalTest
@AutoConfigureMockMvc
class UnitRegistrationWebTest {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aGoodRegistrationStoresTheUnitAndLeadsToTheLoginPage() throws Exception {
		Map<String, String> fields = validFields(this.fixtures.tree());
		Counts before = counts();

		MvcResult result = post(fields, licence("licence.png", Fixtures.png()));

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?registered");
		assertThat(counts()).isEqualTo(before.plus(1));
		assertThat(this.fixtures.user(fields.get("creditCode")).unitId()).isNotNull();
	}

	@Test
	void aCreditCodeWithTheWrongCheckCharacterIsRefusedNamingTheCheckCharacter() throws Exception {
		Map<String, String> fields = validFields(this.fixtures.tree());
		fields.put("creditCode", wrongCheckCharacter(fields.get("creditCode")));
		fields.put("lang", "en");

		String html = refused(fields, licence("licence.png", Fixtures.png()));

		assertThat(html).contains("id=\"creditCode-error\"").containsIgnoringCase("check character");
		assertThat(html).contains(text("unit.creditCode.CHECK_CHARACTER", Locale.ENGLISH));
	}

	@Test
	void aCreditCodeWithTheWrongCheckCharacterIsNamedInChineseByDefault() throws Exception {
		Map<String, String> fields = validFields(this.fixtures.tree());
		fields.put("creditCode", wrongCheckCharacter(fields.get("creditCode")));

		assertThat(refused(fields, licence("licence.png", Fixtures.png())))
			.contains(text("unit.creditCode.CHECK_CHARACTER", CHINESE))
			.contains("校验位");
	}

	@Test
	void aCreditCodeOfTheWrongLengthIsRefused() throws Exception {
		Map<String, String> fields = validFields(this.fixtures.tree());
		fields.put("creditCode", fields.get("creditCode").substring(0, 17));

		assertThat(refused(fields, licence("licence.png", Fixtures.png())))
			.contains(text("unit.creditCode.LENGTH", CHINESE));
	}

	@Test
	void aLicenceNamedPngThatIsTextIsRefused() throws Exception {
		String html = refused(validFields(this.fixtures.tree()),
				licence("licence.png", "not an image at all".getBytes()));

		assertThat(html).contains("id=\"licence-error\"").contains(text("licence.content", CHINESE));
	}

	@Test
	void aLicenceOverTwoMegabytesIsRefused() throws Exception {
		byte[] large = new byte[2 * 1024 * 1024 + 1];
		System.arraycopy(Fixtures.png(), 0, large, 0, Fixtures.png().length);

		assertThat(refused(validFields(this.fixtures.tree()), licence("licence.png", large)))
			.contains(text("licence.tooLarge", CHINESE));
	}

	@Test
	void aLicenceWhoseHeaderClaims30000By30000PixelsIsRefusedAndNothingStored() throws Exception {
		byte[] bomb = CraftedImages.pngClaiming(30_000, 30_000);

		assertThat(refused(validFields(this.fixtures.tree()), licence("licence.png", bomb)))
			.contains("id=\"licence-error\"")
			.contains(text("licence.pixels", CHINESE));
	}

	@Test
	void aJpegLicenceIsStoredWithoutItsExifAndWithoutHtmlAppendedToIt() throws Exception {
		Map<String, String> fields = validFields(this.fixtures.tree());
		byte[] upload = CraftedImages.appended(
				CraftedImages.jpegWithExif(Fixtures.image("jpg", 400, 300), "GPS 31.2304N 121.4737E"),
				"<html><script>alert(document.cookie)</script></html>");

		MvcResult result = post(fields, licence("licence.jpg", upload, "image/jpeg"));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?registered");
		Map<String, Object> stored = this.jdbc.queryForMap(
				"select l.content, l.content_type, l.size_bytes from unit_licence l join unit u on u.id = l.unit_id"
						+ " where u.credit_code = ?",
				CreditCode.normalise(fields.get("creditCode")));
		byte[] content = (byte[]) stored.get("content");
		assertThat(stored.get("content_type")).isEqualTo("image/jpeg");
		assertThat(stored.get("size_bytes")).isEqualTo(content.length);
		assertThat(CraftedImages.contains(content, "<script>")).isFalse();
		assertThat(CraftedImages.contains(content, "Exif")).isFalse();
		assertThat(CraftedImages.contains(content, "GPS")).isFalse();
		assertThat(ImageIO.read(new ByteArrayInputStream(content)).getWidth()).isEqualTo(400);
	}

	@Test
	void aMissingLicenceIsRefused() throws Exception {
		Map<String, String> fields = validFields(this.fixtures.tree());

		assertThat(refused(fields)).contains(text("licence.required", CHINESE));
		assertThat(refused(fields, licence("licence.png", new byte[0]))).contains(text("licence.required", CHINESE));
	}

	@Test
	void aGifLicenceIsRefused() throws Exception {
		assertThat(refused(validFields(this.fixtures.tree()),
				licence("licence.gif", Fixtures.image("gif", 40, 30), "image/gif")))
			.contains(text("licence.type", CHINESE));
	}

	@Test
	void anAlreadyRegisteredCreditCodeIsRefused() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm existing = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		this.fixtures.register(existing);
		Map<String, String> fields = validFields(tree);
		fields.put("creditCode", existing.getCreditCode().toLowerCase(Locale.ROOT));

		assertThat(refused(fields, licence("licence.png", Fixtures.png()))).contains("id=\"creditCode-error\"")
			.contains(text("unit.creditCode.taken", CHINESE));
	}

	@Test
	void aPasswordShorterThan12CharactersIsRefusedOnTheField() throws Exception {
		assertPasswordRefused("11111111", "password.tooShort");
		assertPasswordRefused("short-pass1", "password.tooShort");
	}

	@Test
	void aPasswordContainingTheCreditCodeIsRefusedOnTheField() throws Exception {
		Map<String, String> fields = validFields(this.fixtures.tree());
		String password = "my-" + fields.get("creditCode").toLowerCase(Locale.ROOT);
		fields.put("password", password);
		fields.put("passwordConfirm", password);

		assertThat(refused(fields, licence("licence.png", Fixtures.png())))
			.contains(text("password.containsLogin", CHINESE))
			.doesNotContain(password);
	}

	@Test
	void aCommonPasswordIsRefusedOnTheFieldInEitherLanguage() throws Exception {
		assertPasswordRefused("123456789012", "password.common");
		assertPasswordRefused("QwertyUiopAs", "password.common");
		assertPasswordRefused("passwordpassword", "password.common");
		Map<String, String> fields = validFields(this.fixtures.tree());
		fields.put("password", "111111111111");
		fields.put("passwordConfirm", "111111111111");
		fields.put("lang", "en");
		assertThat(refused(fields, licence("licence.png", Fixtures.png())))
			.contains(text("password.common", Locale.ENGLISH));
	}

	@Test
	void aCategoryThatContradictsTheCreditCodeIsRefusedOnTheCategoryNamingBoth() throws Exception {
		Map<String, String> fields = validFields(this.fixtures.tree());
		fields.put("creditCode", Fixtures.creditCode(UnitCategory.PUBLIC_INSTITUTION));
		fields.put("category", UnitCategory.ENTERPRISE.name());

		String html = refused(fields, licence("licence.png", Fixtures.png()));

		assertThat(html).contains("统一社会信用代码 12… 属于“事业单位”，与所选单位类别“企业”不符。");
		fields.put("lang", "en");
		assertThat(refused(fields, licence("licence.png", Fixtures.png())))
			.contains("A credit code starting 12… belongs to the category “Public institution”, "
					+ "not to the chosen category “Enterprise”.");
	}

	@Test
	void everyCategoryWithACodeOfItsOwnKindIsAccepted() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		for (UnitCategory category : UnitCategory.values()) {
			Map<String, String> fields = validFields(tree);
			fields.put("creditCode", Fixtures.creditCode(category));
			fields.put("category", category.name());

			assertThat(post(fields, licence("licence.png", Fixtures.png())).getResponse().getRedirectedUrl())
				.as(category.name())
				.isEqualTo("/login?registered");
		}
	}

	private void assertPasswordRefused(String password, String key) throws Exception {
		Map<String, String> fields = validFields(this.fixtures.tree());
		fields.put("password", password);
		fields.put("passwordConfirm", password);

		assertThat(refused(fields, licence("licence.png", Fixtures.png()))).as(password)
			.contains(text(key, CHINESE))
			.doesNotContain("value=\"" + password + "\"");
	}

	@Test
	void differentPasswordsAreRefusedAndNeverShownAgain() throws Exception {
		Map<String, String> fields = validFields(this.fixtures.tree());
		fields.put("password", "first-pass-123");
		fields.put("passwordConfirm", "other-pass-456");

		String html = refused(fields, licence("licence.png", Fixtures.png()));

		assertThat(html).contains(text("unit.password.mismatch", CHINESE));
		assertThat(html).doesNotContain("first-pass-123").doesNotContain("other-pass-456");
	}

	@Test
	void missingRequiredFieldsAreEachNamed() throws Exception {
		Map<String, String> fields = validFields(this.fixtures.tree());
		for (String field : new String[] { "nameZh", "nameEn", "address", "contactName", "contactMobile",
				"contactEmail", "organisationId", "category", "productAreas", "creditCode" }) {
			fields.remove(field);
		}

		String html = refused(fields, licence("licence.png", Fixtures.png()));

		for (String key : new String[] { "unit.nameZh.required", "unit.nameEn.required", "unit.address.required",
				"unit.contactName.required", "unit.contactMobile.required", "unit.contactEmail.required",
				"unit.organisation.required", "unit.category.required", "unit.productAreas.required",
				"unit.creditCode.EMPTY" }) {
			assertThat(html).as(key).contains(text(key, CHINESE));
		}
	}

	@Test
	void valuesOfTheWrongKindGetTheFormsOwnMessagesNotConversionErrors() throws Exception {
		Map<String, String> fields = validFields(this.fixtures.tree());
		fields.put("plannedImportAmount", "many");
		fields.put("organisationId", "Shanghai");
		fields.put("category", "COMPANY");

		String html = refused(fields, licence("licence.png", Fixtures.png()));

		assertThat(html).contains(text("unit.amount.range", CHINESE))
			.contains(text("unit.organisation.required", CHINESE))
			.contains(text("unit.category.required", CHINESE));
		assertThat(html).doesNotContain("Failed to convert").doesNotContain("java.lang");
	}

	/** Posts a form that must be refused: the form comes back and nothing is stored. */
	private String refused(Map<String, String> fields, MockMultipartFile... files) throws Exception {
		Counts before = counts();
		MvcResult result = post(fields, files);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getModelAndView()).isNotNull();
		assertThat(result.getModelAndView().getViewName()).isEqualTo("unit/register");
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("id=\"register-form\"");
		assertThat(counts()).isEqualTo(before);
		if (fields.get("creditCode") != null && !fields.get("creditCode").isBlank()) {
			assertThat(this.jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class,
					CreditCode.normalise(fields.get("creditCode"))))
				.as("no new account")
				.isLessThanOrEqualTo(1);
		}
		return html;
	}

	private MvcResult post(Map<String, String> fields, MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/register");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		fields.forEach(request::param);
		MvcResult result = this.mvc.perform(request.with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as("never a server error").isLessThan(500);
		return result;
	}

	private Map<String, String> validFields(Fixtures.Tree tree) {
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("creditCode", form.getCreditCode());
		fields.put("category", form.getCategory().name());
		fields.put("nameZh", form.getNameZh());
		fields.put("nameEn", form.getNameEn());
		fields.put("address", form.getAddress());
		fields.put("contactName", form.getContactName());
		fields.put("contactMobile", form.getContactMobile());
		fields.put("contactEmail", form.getContactEmail());
		fields.put("organisationId", form.getOrganisationId().toString());
		fields.put("recommendationCode", "");
		fields.put("productAreas", "FOOD_AGRI");
		fields.put("plannedImportAmount", "10.50");
		fields.put("password", Fixtures.PASSWORD);
		fields.put("passwordConfirm", Fixtures.PASSWORD);
		return fields;
	}

	private static MockMultipartFile licence(String name, byte[] content) {
		return licence(name, content, "image/png");
	}

	private static MockMultipartFile licence(String name, byte[] content, String contentType) {
		return new MockMultipartFile("licence", name, contentType, content);
	}

	private static String wrongCheckCharacter(String code) {
		char last = code.charAt(17);
		return code.substring(0, 17) + ((last == '0') ? '1' : '0');
	}

	/** A message as Thymeleaf writes it into the page. */
	private String text(String key, Locale locale) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, locale));
	}

	private Counts counts() {
		return new Counts(count("unit"), count("unit_licence"), count("user_account"), count("process_case"));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	record Counts(long units, long licences, long accounts, long cases) {

		Counts plus(long n) {
			return new Counts(this.units + n, this.licences + n, this.accounts + n, this.cases + n);
		}

	}

}
