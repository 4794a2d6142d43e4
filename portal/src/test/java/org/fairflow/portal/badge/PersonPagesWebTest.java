package org.fairflow.portal.badge;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The liaison's person pages: add, edit and cancel drafts, list with filter, counts and
 * pages; only the liaison's own approved unit, never a server error.
 */
@PortalTest
@AutoConfigureMockMvc
class PersonPagesWebTest {

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
		this.pages = new WebPages(this.mvc, PersonNotFoundException.class, ResponseStatusException.class);
		this.liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void anEmptyUnitSeesTheEmptyStateAndZeroCounts() throws Exception {
		String html = this.pages.page(get("/badge/persons").with(user(this.liaison)));

		assertThat(html).contains("id=\"persons-empty\"").contains(text("badge.persons.empty"));
		assertThat(html).contains("data-status=\"DRAFT\">0<").contains("data-status=\"CANCELLED\">0<");
		for (PersonStatus status : PersonStatus.values()) {
			assertThat(html).contains(text("status." + status.name()));
		}
	}

	@Test
	void aGoodPersonIsStoredAsADraftWithPhotoAndListedMasked() throws Exception {
		Map<String, String> fields = fields();
		String number = fields.get("documentNumber");

		MvcResult result = this.pages.perform(add(fields, photo("me.jpg", BadgeTestData.jpeg(600, 800))));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/badge/persons");
		assertThat(count()).isEqualTo(1);
		Map<String, Object> row = this.jdbc.queryForMap("select * from badge_person where unit_id = ?",
				this.liaison.unitId());
		assertThat(row.get("status")).isEqualTo("DRAFT");
		assertThat(row.get("has_photo")).isEqualTo(true);
		assertThat(row.get("document_number")).isEqualTo(number);

		String html = this.pages.page(get("/badge/persons").with(user(this.liaison)));
		assertThat(html).contains("张三").contains(PersonRules.mask(number)).doesNotContain(number);
		assertThat(html).doesNotContain("13912345678").contains("139****5678");
		assertThat(html).contains("data-status=\"DRAFT\">1<").contains("/badge/persons/export?status=&amp;format=csv");

		String csv = this.pages.perform(get("/badge/persons/export").param("format", "csv").with(user(this.liaison)))
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF").contains("张三", PersonRules.mask(number), "139****5678");
		assertThat(csv).doesNotContain(number).doesNotContain("13912345678");
		assertThat(csv.lines()).as("header and the unit's one person").hasSize(2);
		String approvedOnly = this.pages
			.perform(get("/badge/persons/export").param("format", "csv")
				.param("status", "APPROVED")
				.with(user(this.liaison)))
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(approvedOnly.lines()).as("the status filter applies").hasSize(1);
	}

	@Test
	void aPersonIsRefusedWithoutPhotoOrWithAPngNamedJpgAndNothingIsStored() throws Exception {
		String missing = refused(add(fields()));
		assertThat(missing).contains("id=\"photo-error\"").contains(text("badge.photo.required"));

		String png = refused(add(fields(), photo("photo.jpg", BadgeTestData.image("png", 600, 800, 16))));
		assertThat(png).contains(text("badge.photo.type"));

		String wrongSize = refused(add(fields(), photo("photo.jpg", BadgeTestData.jpeg(800, 600))));
		assertThat(wrongSize).contains(text("badge.photo.dimensions"));

		String small = refused(add(fields(), photo("photo.jpg", BadgeTestData.image("jpg", 600, 800, 0))));
		assertThat(small).contains(text("badge.photo.tooSmall"));

		String large = refused(add(fields(), photo("photo.jpg", BadgeTestData.oversizedJpeg())));
		assertThat(large).contains(text("badge.photo.tooLarge"));
	}

	@Test
	void badFieldsAreEachNamedAndNothingIsStored() throws Exception {
		Map<String, String> fields = fields();
		String number = fields.get("documentNumber");
		fields.put("documentNumber", number.substring(0, 17) + ((number.charAt(17) == '0') ? '1' : '0'));
		fields.put("mobile", "12345");
		fields.put("entryFrom", "2027-04-20");
		fields.put("birthDate", "yesterday");
		fields.remove("jobTitle");

		String html = refused(add(fields, photo("me.jpg", BadgeTestData.jpeg(600, 800))));

		for (String key : List.of("badge.residentId.checkDigit", "badge.mobile.mainland", "badge.entry.order",
				"badge.date.invalid", "badge.jobTitle.required")) {
			assertThat(html).as(key).contains(text(key));
		}
		assertThat(html).doesNotContain("Failed to convert").doesNotContain("java.lang");
	}

	@Test
	void aSecondPersonWithTheSameDocumentNumberIsRefused() throws Exception {
		Map<String, String> fields = fields();
		this.pages.perform(add(fields, photo("me.jpg", BadgeTestData.jpeg(600, 800))));

		String html = refused(add(fields, photo("me.jpg", BadgeTestData.jpeg(600, 800))));

		assertThat(html).contains(text("badge.documentNumber.taken"));
	}

	@Test
	void aDraftCanBeEditedAndBadEditsChangeNothing() throws Exception {
		long id = addPerson(fields());
		String form = this.pages.page(get("/badge/persons/" + id + "/edit").with(user(this.liaison)));
		assertThat(form).contains("id=\"person-form\"").contains("张三");

		Map<String, String> changed = fields();
		changed.put("nameZh", "李四");
		changed.put("badgeType", "VIP");
		MvcResult saved = this.pages.perform(edit(id, changed));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/badge/persons");
		assertThat(column(id, "name_zh")).isEqualTo("李四");
		assertThat(column(id, "badge_type")).isEqualTo("VIP");
		assertThat(column(id, "has_photo")).isEqualTo(true);

		Map<String, String> bad = fields();
		bad.put("nameZh", "王五");
		bad.put("entryTo", "2020-01-01");
		MvcResult refused = this.pages.perform(edit(id, bad));
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains(text("badge.entry.order"));
		assertThat(column(id, "name_zh")).isEqualTo("李四");
	}

	@Test
	void aCancelledPersonIsCountedAsCancelledAndCanNoLongerBeEditedOrCancelled() throws Exception {
		long id = addPerson(fields());
		String list = this.pages.page(get("/badge/persons").with(user(this.liaison)));
		assertThat(list).contains("data-confirm=");

		MvcResult cancelled = this.pages
			.perform(post("/badge/persons/" + id + "/cancel").with(csrf()).with(user(this.liaison)));
		assertThat(cancelled.getResponse().getRedirectedUrl()).isEqualTo("/badge/persons/" + id);
		assertThat(column(id, "status")).isEqualTo("CANCELLED");

		String after = this.pages.page(get("/badge/persons").with(user(this.liaison)));
		assertThat(after).contains("data-status=\"CANCELLED\">1<").contains("data-status=\"DRAFT\">0<");
		String filtered = this.pages.page(get("/badge/persons").param("status", "DRAFT").with(user(this.liaison)));
		assertThat(filtered).doesNotContain("data-person-id=\"" + id + "\"");
		String cancelledOnly = this.pages
			.page(get("/badge/persons").param("status", "CANCELLED").with(user(this.liaison)));
		assertThat(cancelledOnly).contains("data-person-id=\"" + id + "\"");

		Map<String, String> changed = fields();
		changed.put("nameZh", "李四");
		MvcResult edit = this.pages.perform(edit(id, changed));
		assertThat(edit.getResponse().getRedirectedUrl()).isEqualTo("/badge/persons");
		assertThat(edit.getFlashMap().get("errorKey")).isEqualTo("badge.notEditable");
		assertThat(column(id, "name_zh")).isEqualTo("张三");
		MvcResult again = this.pages
			.perform(post("/badge/persons/" + id + "/cancel").with(csrf()).with(user(this.liaison)));
		assertThat(again.getFlashMap().get("errorKey")).isEqualTo("badge.notCancellable");
	}

	@Test
	void theListIsPagedAndAnUnknownFilterOrPageShowsEverything() throws Exception {
		StringBuilder csv = new StringBuilder(PersonCsv.header()).append('\n');
		for (int i = 0; i < Persons.PAGE_SIZE + 1; i++) {
			csv.append(csvRow(BadgeTestData.residentId(LocalDate.of(1980, 1, 1).plusDays(i)),
					LocalDate.of(1980, 1, 1).plusDays(i)))
				.append('\n');
		}
		this.pages.perform(batch(csv.toString()));

		String first = this.pages.page(get("/badge/persons").with(user(this.liaison)));
		assertThat(first).contains("id=\"pagination\"");
		assertThat(rows(first)).isEqualTo(Persons.PAGE_SIZE);
		String second = this.pages.page(get("/badge/persons").param("page", "1").with(user(this.liaison)));
		assertThat(rows(second)).isEqualTo(1);
		String odd = this.pages
			.page(get("/badge/persons").param("status", "NONSENSE").param("page", "x").with(user(this.liaison)));
		assertThat(rows(odd)).isEqualTo(Persons.PAGE_SIZE);
	}

	@Test
	void aCsvWithGoodAndBrokenRowsStoresOnlyTheGoodRowsAndReportsEachBrokenRow() throws Exception {
		String good1 = BadgeTestData.residentId(LocalDate.of(1990, 3, 8));
		String good2 = BadgeTestData.residentId(LocalDate.of(1991, 4, 9));
		String badCheck = BadgeTestData.residentId(LocalDate.of(1992, 5, 10));
		badCheck = badCheck.substring(0, 17) + ((badCheck.charAt(17) == '0') ? '1' : '0');
		String csv = PersonCsv.header() + "\n" // line 1
				+ csvRow(good1, LocalDate.of(1990, 3, 8)) + "\n" // line 2: good
				+ csvRow(badCheck, LocalDate.of(1992, 5, 10)) + "\n" // line 3: check
																		// digit
				+ "\"CN\",\"王, 小明\",,FEMALE,RESIDENT_ID," + good2 + ",1991-04-09,13800001111,,\"经理\",VIP,"
				+ "2027-04-15,2027-04-19\n" // line 4: good, quoted comma
				+ "US,约翰,,MALE,PASSPORT,E1234567,1980-01-01,,,Buyer,VISITOR,2027-04-15,2027-04-19\n" // line
																										// 5
				+ csvRow(good1, LocalDate.of(1990, 3, 8)) + "\n" // line 6: repeated in
																	// file
				+ "CN,too,few\n" // line 7: columns
				+ "\n"; // blank line ignored

		MvcResult result = this.pages.perform(batch(csv));
		BatchReport report = (BatchReport) result.getModelAndView().getModel().get("report");

		assertThat(report.rows()).isEqualTo(6);
		assertThat(report.stored()).isEqualTo(2);
		assertThat(report.errors().stream().map(BatchReport.RowError::row).distinct()).containsExactly(3, 5, 6, 7);
		assertThat(report.errors()).contains(
				new BatchReport.RowError(3, "documentNumber", "badge.residentId.checkDigit"),
				new BatchReport.RowError(5, "nameEn", "badge.nameEn.required"),
				new BatchReport.RowError(5, "mobile", "badge.contact.required"),
				new BatchReport.RowError(6, "documentNumber", "badge.documentNumber.repeated"),
				new BatchReport.RowError(7, "row", "badge.csv.columns"));
		assertThat(numbers()).containsExactlyInAnyOrder(good1, good2);
		assertThat(this.jdbc.queryForObject("select name_zh from badge_person where document_number = ?", String.class,
				good2))
			.isEqualTo("王, 小明");
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("data-row=\"3\"").contains(text("badge.residentId.checkDigit"));
		assertThat(html).doesNotContain(badCheck).doesNotContain(good1);

		MvcResult again = this.pages
			.perform(batch(PersonCsv.header() + "\n" + csvRow(good1, LocalDate.of(1990, 3, 8)) + "\n"));
		BatchReport second = (BatchReport) again.getModelAndView().getModel().get("report");
		assertThat(second.stored()).isZero();
		assertThat(second.errors())
			.containsExactly(new BatchReport.RowError(2, "documentNumber", "badge.documentNumber.taken"));
		assertThat(count()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from badge_person where unit_id = ? and has_photo",
				Long.class, this.liaison.unitId()))
			.isZero();
	}

	@Test
	void aCsvThatIsNotUsableAsAWholeIsRefusedWithoutStoringAnything() throws Exception {
		String badHeader = this.pages.page(batch("name,number\n张三,1\n"));
		assertThat(badHeader).contains("id=\"csv-error\"").contains(text("badge.csv.header"));

		byte[] gbk = (PersonCsv.header() + "\n"
				+ csvRow(BadgeTestData.residentId(LocalDate.of(1990, 3, 8)), LocalDate.of(1990, 3, 8)))
			.getBytes(java.nio.charset.Charset.forName("GBK"));
		String notUtf8 = this.pages.page(this.multipartBatch(gbk));
		assertThat(notUtf8).contains(text("badge.csv.encoding"));

		String empty = this.pages.page(batch(""));
		assertThat(empty).contains(text("badge.csv.required"));

		StringBuilder many = new StringBuilder(PersonCsv.header()).append('\n');
		for (int i = 0; i <= PersonCsv.MAX_ROWS; i++) {
			many.append("CN,x,,MALE,RESIDENT_ID,1,1990-01-01,13800001111,,x,STAFF,2027-04-15,2027-04-19\n");
		}
		assertThat(this.pages.page(batch(many.toString()))).contains("id=\"csv-error\"");
		assertThat(count()).isZero();
	}

	@Test
	void thePhotoIsServedOnlyToItsOwnUnit() throws Exception {
		long id = addPerson(fields());
		MvcResult own = this.pages.perform(get("/badge/persons/" + id + "/photo").with(user(this.liaison)));
		assertThat(own.getResponse().getStatus()).isEqualTo(200);
		assertThat(own.getResponse().getContentType()).isEqualTo("image/jpeg");

		PortalUser other = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		assertThat(this.pages.status(get("/badge/persons/" + id + "/photo").with(user(other)))).isEqualTo(404);
	}

	@Test
	void anotherUnitsPersonIsNotFoundForEveryAction() throws Exception {
		long id = addPerson(fields());
		PortalUser other = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);

		assertThat(this.pages.status(get("/badge/persons/" + id + "/edit").with(user(other)))).isEqualTo(404);
		assertThat(this.pages.status(edit(id, fields(), other))).isEqualTo(404);
		assertThat(this.pages.status(post("/badge/persons/" + id + "/cancel").with(csrf()).with(user(other))))
			.isEqualTo(404);
		assertThat(this.pages.status(get("/badge/persons/abc/edit").with(user(other)))).isEqualTo(404);
		assertThat(this.pages.status(get("/badge/persons/999999999/edit").with(user(other)))).isEqualTo(404);
		assertThat(column(id, "status")).isEqualTo("DRAFT");
		assertThat(this.pages.page(get("/badge/persons").with(user(other))))
			.doesNotContain("data-person-id=\"" + id + "\"");
	}

	@Test
	void reviewersAreForbiddenAndUnapprovedUnitsAreToldWhyTheyCannotAddPersons() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		PortalUser reviewer = this.fixtures.user(tree.delegationReviewer());
		assertThat(this.pages.status(get("/badge/persons").with(user(reviewer)))).isEqualTo(403);
		assertThat(this.pages.status(get("/badge/persons/batch").with(user(reviewer)))).isEqualTo(403);
		assertThat(this.pages.status(add(fields(), photo("me.jpg", BadgeTestData.jpeg(600, 800))).with(user(reviewer))))
			.isEqualTo(403);

		PortalUser underReview = BadgeTestData.registeredUnit(this.fixtures);
		// The menu's page explains (issue 9, 10b); every page that would act stays
		// forbidden.
		assertThat(this.pages.page(get("/badge/persons").with(user(underReview))))
			.contains("id=\"persons-unavailable\"")
			.doesNotContain("data-person-id");
		assertThat(this.pages.status(get("/badge/persons/new").with(user(underReview)))).isEqualTo(403);
		assertThat(this.pages.status(get("/badge/persons/batch").with(user(underReview)))).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from badge_person where unit_id = ?", Long.class,
				underReview.unitId()))
			.isZero();

		MvcResult anonymous = this.mvc.perform(get("/badge/persons")).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void aGoodPhotoSurvivesARefusalOfAnotherFieldAndIsStoredWithTheCorrectedForm() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Map<String, String> fields = fields();
		fields.put("nameZh", "");
		byte[] upload = BadgeTestData.jpeg(600, 800);

		String html = refused(add(fields, photo("me.jpg", upload)).session(session));
		assertThat(html).contains("id=\"photo-kept\"", text("badge.photo.kept")).doesNotContain("id=\"photo-error\"");
		String token = html.replaceAll("(?s).*name=\"pendingPhoto\" value=\"([^\"]+)\".*", "$1");
		assertThat(this.pages
			.status(get("/badge/persons/pending-photo/{t}", token).session(session).with(user(this.liaison))))
			.isEqualTo(200);
		assertThat(this.pages.status(
				get("/badge/persons/pending-photo/{t}", token).session(new MockHttpSession()).with(user(this.liaison))))
			.as("another session finds nothing")
			.isEqualTo(404);

		fields.put("nameZh", "张三");
		fields.put("pendingPhoto", token);
		MvcResult saved = this.pages.perform(add(fields).session(session));

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/badge/persons");
		Long id = this.jdbc.queryForObject("select id from badge_person where unit_id = ?", Long.class,
				this.liaison.unitId());
		assertThat(column(id, "has_photo")).isEqualTo(true);
		byte[] stored = this.jdbc.queryForObject("select content from badge_person_photo where person_id = ?",
				byte[].class, id);
		assertThat(stored).isEqualTo(PersonPhoto.of(upload).content());
	}

	@Test
	void nationalityIsChosenByNameAndTheTwoTypeFieldsHaveDistinctLabels() throws Exception {
		String html = this.pages.page(get("/badge/persons/new").with(user(this.liaison)));

		assertThat(html).containsPattern("<select[^>]*id=\"nationality\"")
			.containsPattern("<option value=\"CN\"[^>]*>中国</option>")
			.containsPattern("<option value=\"DE\">德国</option>");
		assertThat(text("badge.documentType")).isNotEqualTo(text("badge.badgeType"));
		assertThat(text("badge.badgeType")).doesNotStartWith(text("badge.documentType"));
		assertThat(html).contains(text("badge.documentType"), text("badge.badgeType"));
	}

	@Test
	void aHandedOverBadgeReadsShippedForACourierAndReadyForPickUpOtherwiseNeverDelivered() throws Exception {
		long courier = addPerson(fields());
		long pickUp = addPerson(fields());
		this.jdbc.update("update badge_person set status = 'DELIVERED', handed_over_by = 'COURIER' where id = ?",
				courier);
		this.jdbc.update("update badge_person set status = 'DELIVERED', handed_over_by = 'PICK_UP' where id = ?",
				pickUp);

		String html = this.pages.page(get("/badge/persons").with(user(this.liaison)));

		assertThat(html).contains(text("status.DELIVERED.COURIER"), text("status.DELIVERED.PICK_UP"))
			.doesNotContain("已交付");
		assertThat(this.pages.page(get("/badge/persons/{id}", courier).with(user(this.liaison))))
			.contains(text("status.DELIVERED.COURIER"));
	}

	private long addPerson(Map<String, String> fields) throws Exception {
		this.pages.perform(add(fields, photo("me.jpg", BadgeTestData.jpeg(600, 800))));
		return this.jdbc.queryForObject("select id from badge_person where unit_id = ? and document_number = ?",
				Long.class, this.liaison.unitId(), fields.get("documentNumber"));
	}

	private Map<String, String> fields() {
		PersonForm form = PersonRulesTest.domestic();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("nationality", form.getNationality());
		fields.put("nameZh", form.getNameZh());
		fields.put("nameEn", "");
		fields.put("gender", form.getGender());
		fields.put("documentType", form.getDocumentType());
		fields.put("documentNumber", form.getDocumentNumber());
		fields.put("birthDate", form.getBirthDate());
		fields.put("mobile", form.getMobile());
		fields.put("email", "");
		fields.put("jobTitle", form.getJobTitle());
		fields.put("badgeType", form.getBadgeType());
		fields.put("entryFrom", form.getEntryFrom());
		fields.put("entryTo", form.getEntryTo());
		return fields;
	}

	private static String csvRow(String residentId, LocalDate birth) {
		return "CN,张三,,MALE,RESIDENT_ID," + residentId + "," + birth + ",13912345678,,经理,STAFF,2027-04-15,2027-04-19";
	}

	private MockMultipartHttpServletRequestBuilder add(Map<String, String> fields, MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder request = multipart("/badge/persons");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		fields.forEach(request::param);
		request.with(csrf()).with(user(this.liaison));
		return request;
	}

	private RequestBuilder edit(long id, Map<String, String> fields) {
		return edit(id, fields, this.liaison);
	}

	private RequestBuilder edit(long id, Map<String, String> fields, PortalUser as) {
		MockMultipartHttpServletRequestBuilder request = multipart("/badge/persons/" + id);
		fields.forEach(request::param);
		return request.with(csrf()).with(user(as));
	}

	private RequestBuilder batch(String csv) {
		return multipartBatch(csv.getBytes(StandardCharsets.UTF_8));
	}

	private RequestBuilder multipartBatch(byte[] bytes) {
		return multipart("/badge/persons/batch").file(new MockMultipartFile("csv", "persons.csv", "text/csv", bytes))
			.with(csrf())
			.with(user(this.liaison));
	}

	private static MockMultipartFile photo(String name, byte[] content) {
		return new MockMultipartFile("photo", name, "image/jpeg", content);
	}

	/** A request whose form must come back refused, storing nothing. */
	private String refused(RequestBuilder request) throws Exception {
		long before = count();
		MvcResult result = this.pages.perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getModelAndView().getViewName()).isEqualTo("badge/form");
		assertThat(count()).isEqualTo(before);
		return result.getResponse().getContentAsString();
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from badge_person where unit_id = ?", Long.class,
				this.liaison.unitId());
	}

	private List<String> numbers() {
		return this.jdbc.queryForList("select document_number from badge_person where unit_id = ?", String.class,
				this.liaison.unitId());
	}

	private Object column(long id, String column) {
		return this.jdbc.queryForObject("select " + column + " from badge_person where id = ?", Object.class, id);
	}

	private static int rows(String html) {
		return html.split("class=\"person-row\"", -1).length - 1;
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, CHINESE));
	}

}
