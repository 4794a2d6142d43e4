package org.fairflow.portal.badge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.ExportProbe;
import org.fairflow.portal.export.ExportTable;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The person overview's export: the page's scope and filters (a delegation never gets
 * another's rows), masked numbers, neutralised formulas, and 100 000 rows from the
 * database in bounded memory.
 */
@PortalTest
@AutoConfigureMockMvc
class PersonOverviewExportTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 9_000));

	private static final int MANY = 100_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewScopes scopes;

	@Autowired
	PersonOverviewExport export;

	@Autowired
	Exports exports;

	@Autowired
	PlatformTransactionManager transactions;

	WebPages pages;

	Fixtures.Tree tree;

	Long delegationUnit;

	Long subUnit;

	Long otherUnit;

	@BeforeEach
	void treeWithAUnitAtEachOrganisation() {
		this.pages = new WebPages(this.mvc);
		this.tree = this.fixtures.tree();
		this.delegationUnit = approvedUnit(this.tree.delegation());
		this.subUnit = approvedUnit(this.tree.sub());
		this.otherUnit = approvedUnit(this.tree.other());
	}

	@AfterEach
	void removeThePersons() {
		// A hundred thousand rows would slow every later organiser's overview.
		this.jdbc.update("delete from badge_person where unit_id in (?, ?, ?)", this.delegationUnit, this.subUnit,
				this.otherUnit);
	}

	@Test
	void aDelegationsExportHoldsOnlyItsSubtreeWhileTheOrganisersHoldsEveryDelegation() throws Exception {
		String token = "范围" + SEQUENCE.incrementAndGet();
		insert(this.delegationUnit, 1, token + "团");
		insert(this.subUnit, 1, token + "分团");
		insert(this.otherUnit, 1, token + "他团");

		String delegation = exported(this.fixtures.user(this.tree.delegationReviewer()), "q=" + token);
		assertThat(delegation).contains(token + "团1").contains(token + "分团1").doesNotContain(token + "他团");
		assertThat(delegation.lines()).hasSize(3);

		String sub = exported(this.fixtures.user(this.tree.subReviewer()), "q=" + token);
		assertThat(sub).contains(token + "分团1").doesNotContain(token + "团1").doesNotContain(token + "他团");

		String organiser = exported(this.fixtures.organiserReviewer(this.tree), "q=" + token);
		assertThat(organiser).contains(token + "团1").contains(token + "分团1").contains(token + "他团1");

		String foreignUnit = exported(this.fixtures.user(this.tree.delegationReviewer()),
				"q=" + token + "&unit=" + this.otherUnit);
		assertThat(foreignUnit).doesNotContain(token + "他团").contains(token + "分团1");
	}

	@Test
	void theOverviewOffersBothFormatsWithItsFiltersAndTheExportAppliesThem() throws Exception {
		String token = "筛选" + SEQUENCE.incrementAndGet();
		insert(this.subUnit, 2, token);
		this.jdbc.update("update badge_person set status = 'APPROVED' where name_zh = ?", token + "1");
		PortalUser reviewer = this.fixtures.user(this.tree.delegationReviewer());

		String html = HtmlUtils.htmlUnescape(this.pages
			.page(get("/badge/overview").param("status", "APPROVED").param("q", token).with(user(reviewer))));
		String base = "/badge/overview/export?status=APPROVED&q=" + UriUtils.encode(token, StandardCharsets.UTF_8);
		assertThat(html).contains(base + "&format=xlsx").contains(base + "&format=csv");

		String csv = exported(reviewer, "status=APPROVED&q=" + token);
		assertThat(csv).contains(token + "1").doesNotContain(token + "2");
	}

	@Test
	void theStatisticsDrillDownFiltersApplyToTheExportAsToThePage() throws Exception {
		String token = "阶段" + SEQUENCE.incrementAndGet();
		insert(this.subUnit, 2, token);
		this.jdbc.update("update badge_person set status = 'APPROVED' where name_zh = ?", token + "1");
		PortalUser reviewer = this.fixtures.user(this.tree.delegationReviewer());

		String html = HtmlUtils.htmlUnescape(this.pages
			.page(get("/badge/overview").param("stage", "APPROVED").param("q", token).with(user(reviewer))));
		assertThat(html).contains("stage=APPROVED").contains("&format=csv");

		String csv = exported(reviewer, "stage=APPROVED&q=" + token);
		assertThat(csv).contains(token + "1").doesNotContain(token + "2");
		String none = exported(reviewer, "q=" + token + "&since=2000-01-01&until=2000-01-02");
		assertThat(none.lines()).as("only the header: nobody was entered on those days").hasSize(1);
	}

	@Test
	void numbersAreMaskedAsOnThePageAndFormulasNeutralised() throws Exception {
		String token = "掩码" + SEQUENCE.incrementAndGet();
		insert(this.subUnit, 1, token);
		this.jdbc.update("update badge_person set name_en = '=HYPERLINK(\"http://x\")' where unit_id = ?",
				this.subUnit);

		String csv = exported(this.fixtures.user(this.tree.subReviewer()), "q=" + token);

		assertThat(csv).contains("\"E000**0001\"").doesNotContain("E000000001");
		assertThat(csv).contains("\"139****0001\"").doesNotContain("13900000001");
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
	}

	/**
	 * 100 000 persons of one unit, exported through the table the overview uses. Bounded
	 * memory is shown without timing: the table hands rows one at a time from a JDBC
	 * stream read {@value PersonOverviewExport#FETCH_SIZE} at a time (a forked JVM with a
	 * small heap would prove the same, but would need its own database setup and be
	 * slow), and after each XLSX row the writer reports the rows it holds, which must
	 * never exceed its window; the files are counted by streaming readers, not loaded.
	 */
	@Test
	void aHundredThousandPersonsExportInBoundedMemory(@TempDir Path dir) throws Exception {
		insert(this.subUnit, MANY, "批量");
		ReviewScope scope = this.scopes.of(this.fixtures.user(this.tree.delegationReviewer()));
		OverviewFilter all = OverviewFilter.of(scope, null, null, null, null, null, null, null);
		Counted table = new Counted(this.export.table(scope, all, Locale.SIMPLIFIED_CHINESE));
		assertThat(table.rowCount()).isEqualTo(MANY);

		Path xlsx = dir.resolve("persons.xlsx");
		int[] mostInMemory = { 0 };
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			long rows = ExportProbe.write(this.transactions, table, ExportFormat.XLSX, out,
					(inMemory) -> mostInMemory[0] = Math.max(mostInMemory[0], inMemory));
			assertThat(rows).isEqualTo(MANY);
		}
		assertThat(table.produced).isEqualTo(MANY);
		assertThat(mostInMemory[0]).isPositive().isLessThanOrEqualTo(ExportProbe.WINDOW);
		assertThat(xlsxRows(xlsx)).isEqualTo(MANY + 1);

		Path csv = dir.resolve("persons.csv");
		try (OutputStream out = Files.newOutputStream(csv)) {
			this.exports.write(table, ExportFormat.CSV, out);
		}
		try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
			assertThat(lines.count()).isEqualTo(MANY + 1);
		}
	}

	// ---------------------------------------------------------------- helpers

	/** The export of the overview with this query, through the pages, as CSV text. */
	private String exported(PortalUser as, String query) throws Exception {
		String location = this.pages.perform(get("/badge/overview/export?format=csv&" + query).with(user(as)))
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/exports/");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.pages.perform(get(location + "/status").with(user(as)))
				.getResponse()
				.getContentAsString()
				.contains("\"state\":\"DONE\""));
		byte[] bytes = this.pages.perform(get(location + "/file").with(user(as))).getResponse().getContentAsByteArray();
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * {@code count} persons named {@code <name><n>}, passport {@code E<n as 9 digits>},
	 * mobile {@code 139<n as 8 digits>}, in one statement.
	 */
	private void insert(Long unitId, int count, String name) {
		this.jdbc.update("insert into badge_person (unit_id, nationality, name_zh, name_en, gender, document_type,"
				+ " document_number, birth_date, mobile, job_title, badge_type, entry_from, entry_to, status,"
				+ " created_at, updated_at) select ?, 'GB', ? || g, 'Bulk ' || g, 'MALE', 'PASSPORT',"
				+ " 'E' || lpad(cast(g as varchar), 9, '0'), date '1990-01-01', '139' || lpad(cast(g as varchar), 8, '0'),"
				+ " '工程师', 'VISITOR', date '2027-11-05', date '2027-11-10', 'DRAFT', current_timestamp,"
				+ " current_timestamp from generate_series(1, ?) g", unitId, name, count);
	}

	private Long approvedUnit(Organisation org) {
		return BadgeTestData.unitRow(this.jdbc, org.getId(), "导出测试单位", "Export test unit");
	}

	/** The rows of the sheet, counted by a streaming XML reader. */
	private static long xlsxRows(Path file) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			try (InputStream sheet = reader.getSheetsData().next()) {
				return count(XMLInputFactory.newFactory().createXMLStreamReader(sheet), "row");
			}
		}
	}

	private static long count(XMLStreamReader xml, String element) throws XMLStreamException {
		long count = 0;
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT && element.equals(xml.getLocalName())) {
				count++;
			}
		}
		return count;
	}

	/** The overview's table, counting the rows it hands out. */
	private static final class Counted implements ExportTable {

		private final ExportTable table;

		private long produced;

		Counted(ExportTable table) {
			this.table = table;
		}

		@Override
		public String fileName() {
			return this.table.fileName();
		}

		@Override
		public String description() {
			return this.table.description();
		}

		@Override
		public List<String> headers() {
			return this.table.headers();
		}

		@Override
		public long rowCount() {
			return this.table.rowCount();
		}

		@Override
		public void rows(Consumer<List<?>> sink) {
			this.produced = 0;
			this.table.rows((row) -> {
				this.produced++;
				sink.accept(row);
			});
		}

	}

}
