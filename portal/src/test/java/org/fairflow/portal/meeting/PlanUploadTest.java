package org.fairflow.portal.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The plan upload: streamed and counted, refused past the limit (also when the sender
 * does not say how much comes), checked by content; a refusal keeps nothing, neither a
 * row nor a file.
 */
@PortalTest
@AutoConfigureMockMvc
class PlanUploadTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFiles plans;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${fairflow.data-dir:./data}")
	String dataDir;

	MeetingTestData.Unit unit;

	@BeforeEach
	void unit() {
		this.unit = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void aStreamLargerThanTheLimitIsRefusedWithNothingKept() throws IOException {
		long before = storedFiles();
		// 100 MB + 1 byte that starts like a PDF, generated as it is read: no large
		// array.
		InputStream endless = new GeneratedStream(this.plans.maxBytes() + 1);

		assertThatThrownBy(() -> this.plans.upload(this.unit.unitId(), "big.pdf", -1, endless, "liaison"))
			.isInstanceOfSatisfying(PlanUploadException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
				assertThat(ex.messageKey()).isEqualTo("meeting.plan.tooLarge");
			});
		assertThat(plansOfUnit()).isZero();
		assertThat(storedFiles()).isEqualTo(before);
	}

	@Test
	void aDeclaredLengthPastTheLimitIsRefusedBeforeReading() {
		InputStream unread = new GeneratedStream(10) {
			@Override
			public int read(byte[] buffer, int offset, int length) {
				throw new AssertionError("read although the declared length was too large");
			}
		};

		assertThatThrownBy(
				() -> this.plans.upload(this.unit.unitId(), "big.pdf", this.plans.maxBytes() + 1, unread, "liaison"))
			.isInstanceOfSatisfying(PlanUploadException.class,
					(ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
		assertThat(plansOfUnit()).isZero();
	}

	@Test
	void aRealPdfIsStoredAndAnsweredWithItsIdNameAndSize() throws Exception {
		byte[] pdf = MeetingTestData.pdf();

		MvcResult result = this.mvc
			.perform(put("/meetings/files/plan").content(pdf)
				.contentType("application/pdf")
				.header("X-File-Name", "%E4%BC%9A%E8%AE%AE%E6%96%B9%E6%A1%88.pdf")
				.with(user(this.unit.liaison()))
				.with(csrf()))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"name\":\"会议方案.pdf\"")
			.contains("\"size\":" + pdf.length)
			.contains("\"id\":");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from meeting_file where unit_id = ? and kind = 'PLAN' and meeting_id is null"
						+ " and size_bytes = ? and length(sha256) = 64",
				Integer.class, this.unit.unitId(), (long) pdf.length))
			.isEqualTo(1);
	}

	@Test
	void aFakeOrEmptyPdfIsRefusedWithAClearMessageAndNothingKept() throws Exception {
		long before = storedFiles();
		byte[] fake = "%PDF-1.7\nnot really a pdf at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		byte[] png = Fixtures.png();

		for (byte[] content : new byte[][] { fake, png, new byte[0] }) {
			MvcResult result = this.mvc
				.perform(put("/meetings/files/plan").content(content)
					.header("X-File-Name", "plan.pdf")
					.with(user(this.unit.liaison()))
					.with(csrf()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).containsAnyOf("不是可以打开的 PDF",
					"上传的文件是空的");
		}
		MvcResult english = this.mvc
			.perform(put("/meetings/files/plan").content(fake)
				.param("lang", "en")
				.with(user(this.unit.liaison()))
				.with(csrf()))
			.andReturn();
		assertThat(english.getResponse().getContentAsString()).contains("not a PDF that opens");
		assertThat(plansOfUnit()).isZero();
		assertThat(storedFiles()).isEqualTo(before);
	}

	@Test
	void onlyAnApprovedUnitUploadsAndOnlyWithTheCsrfToken() throws Exception {
		byte[] pdf = MeetingTestData.pdf();

		assertThat(this.mvc.perform(put("/meetings/files/plan").content(pdf).with(user(this.unit.liaison())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc
			.perform(put("/meetings/files/plan").content(pdf)
				.with(user(this.fixtures.user(this.unit.tree().delegationReviewer())))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(plansOfUnit()).isZero();
	}

	private int plansOfUnit() {
		return this.jdbc.queryForObject("select count(*) from meeting_file where unit_id = ?", Integer.class,
				this.unit.unitId());
	}

	private long storedFiles() throws IOException {
		Path directory = Path.of(this.dataDir).toAbsolutePath().resolve(PlanFiles.DIRECTORY);
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.count();
		}
	}

	/** {@code %PDF-} followed by spaces, as many bytes as asked, made while read. */
	static class GeneratedStream extends InputStream {

		private static final byte[] HEAD = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

		private final long length;

		private long position;

		GeneratedStream(long length) {
			this.length = length;
		}

		@Override
		public int read() {
			if (this.position >= this.length) {
				return -1;
			}
			long at = this.position++;
			return (at < HEAD.length) ? HEAD[(int) at] : ' ';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.position >= this.length) {
				return -1;
			}
			int n = (int) Math.min(length, this.length - this.position);
			for (int i = 0; i < n; i++) {
				long at = this.position + i;
				buffer[offset + i] = (at < HEAD.length) ? HEAD[(int) at] : (byte) ' ';
			}
			this.position += n;
			return n;
		}

	}

}
