package org.fairflow.portal.booth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.camunda.client.CamundaClient;
import org.fairflow.portal.exhibit.ExhibitTestData;
import org.fairflow.portal.exhibitor.Exhibitors;
import org.fairflow.portal.exhibitor.InvitationCodes;
import org.fairflow.portal.payment.PaymentTestData;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The booth form and the media over HTTP: each bad input is told next to its field and
 * stores nothing (no booth, no revision, no medium, no file); a video is refused by its
 * content or size and served with range requests; media are seen by their exhibitor and
 * its inviter's reviewers, by the public only once live; an exhibitor sees only its own
 * booth, a unit that does not exhibit is sent to register.
 */
@PortalTest
@AutoConfigureMockMvc
class BoothWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	BoothRepository booths;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CamundaClient client;

	@Autowired
	InvitationCodes codes;

	@Autowired
	Exhibitors exhibitors;

	@Autowired
	Clock clock;

	@Autowired
	org.fairflow.portal.exhibit.ExhibitMedia media;

	@Value("${fairflow.data-dir:./data}")
	String dataDir;

	ExhibitTestData.ExhibitorUnit ex;

	@BeforeEach
	void exhibitor() {
		ExhibitTestData.ensureProcess(this.client);
		this.ex = ExhibitTestData.exhibitor(this.fixtures, this.accounts, this.jdbc, this.codes, this.exhibitors,
				this.clock);
	}

	@Test
	void eachBadInputIsToldNextToItsFieldAndNothingIsStored() throws Exception {
		long files = storedFiles();
		Map<String, Consumer<MockMultipartHttpServletRequestBuilder>> cases = new LinkedHashMap<>();
		cases.put("tags-error:标签最多 10 个", (r) -> r.param("tags", "a1;a2;a3;a4;a5;a6;a7;a8;a9;a10;a11"));
		cases.put("tags-error:超过 20 个字", (r) -> r.param("tags", "这是一个非常非常非常非常非常长的标签名称啊"));
		cases.put("tags-error:只能包含中英文、数字和空格", (r) -> r.param("tags", "<b>bold</b>"));
		cases.put("images-error:展台图片最多 5 张", (r) -> {
			for (int i = 0; i < 6; i++) {
				r.file(new MockMultipartFile("images", "i" + i + ".png", "image/png", BoothTestData.png()));
			}
		});
		cases.put("images-error:按文件内容判断", (r) -> r.file(new MockMultipartFile("images", "photo.png", "image/png",
				"not an image at all, just text".getBytes())));
		cases.put("logo-error:图片不能超过 2 MB", (r) -> {
			byte[] big = new byte[2 * 1024 * 1024 + 10];
			System.arraycopy(BoothTestData.png(), 0, big, 0, 20);
			r.file(new MockMultipartFile("logo", "logo.png", "image/png", big));
		});
		cases.put("videos-error:展台视频最多 2 个",
				(r) -> r.param("videoIds", "101").param("videoIds", "102").param("videoIds", "103"));
		cases.put("contactName-error:请填写联系人", (r) -> r.param("contactName", " "));
		cases.put("contactEmail-error:请填写有效的邮箱地址", (r) -> r.param("contactEmail", "nobody"));
		cases.put("website-error:http://", (r) -> r.param("website", "javascript:alert(1)"));

		for (var entry : cases.entrySet()) {
			String[] expected = entry.getKey().split(":", 2);
			MockMultipartHttpServletRequestBuilder request = form(entry.getValue());
			String page = this.mvc.perform(request.with(user(this.ex.liaison())).with(csrf()))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

			assertThat(page).as(entry.getKey()).contains("id=\"" + expected[0] + "\"").contains(expected[1]);
		}
		assertThat(this.booths.findByExhibitorId(this.ex.exhibitor().getId())).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from exhibit_media where exhibitor_id = ?", Long.class,
				this.ex.exhibitor().getId()))
			.isZero();
		assertThat(storedFiles()).isEqualTo(files);
	}

	@Test
	void aValidFormIsSubmittedAndTheBoothPageShowsIt() throws Exception {
		MvcResult result = this.mvc.perform(form((r) -> {
		}).with(user(this.ex.liaison())).with(csrf())).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/exhibitor/booth");
		Booth booth = this.booths.findByExhibitorId(this.ex.exhibitor().getId()).orElseThrow();
		assertThat(booth.getCaseId()).isNotNull();
		String page = this.mvc.perform(get("/exhibitor/booth").with(user(this.ex.liaison())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("data-status=\"AWAITING_AUDIT\"").contains("id=\"booth-withdraw-form\"");
	}

	@Test
	void anExhibitorSeesOnlyItsOwnBoothAndAUnitThatDoesNotExhibitIsSentToRegister() throws Exception {
		this.mvc.perform(form((r) -> r.param("name", "甲展商的展台")).with(user(this.ex.liaison())).with(csrf()));
		ExhibitTestData.ExhibitorUnit other = ExhibitTestData.exhibitor(this.fixtures, this.accounts, this.jdbc,
				this.codes, this.exhibitors, this.clock);

		String page = this.mvc.perform(get("/exhibitor/booth").with(user(other.liaison())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"booth-empty\"").doesNotContain("甲展商的展台");

		PaymentTestData.PayingUnit plain = PaymentTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		assertThat(this.mvc.perform(get("/exhibitor/booth/edit").with(user(plain.liaison())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/exhibitor/register");
	}

	@Test
	void aVideoIsRefusedByContentAndSizeAndServedWithRangeRequests() throws Exception {
		long files = storedFiles();
		MvcResult fake = this.mvc
			.perform(put("/exhibit-media/video").content("RIFF....AVI LIST".getBytes())
				.with(user(this.ex.liaison()))
				.with(csrf()))
			.andReturn();
		assertThat(fake.getResponse().getStatus()).isEqualTo(400);
		assertThat(fake.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("exhibit.video.type")
			.contains("MP4");
		java.io.InputStream unread = new java.io.ByteArrayInputStream(new byte[16]) {
			@Override
			public synchronized int read(byte[] buffer, int offset, int length) {
				throw new AssertionError("read although the declared length was too large");
			}
		};
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.media.uploadVideo(this.ex.exhibitor().getId(), this.media.videoMaxBytes() + 1, unread))
			.isInstanceOfSatisfying(org.fairflow.portal.exhibit.ExhibitRefusedException.class,
					(e) -> assertThat(e.messageKey()).isEqualTo("exhibit.video.tooLarge"));
		assertThat(storedFiles()).isEqualTo(files);

		long id = uploadVideo();
		MvcResult part = this.mvc
			.perform(get("/exhibit-media/" + id).header("Range", "bytes=4-7").with(user(this.ex.liaison())))
			.andReturn();
		assertThat(part.getResponse().getStatus()).isEqualTo(206);
		assertThat(part.getResponse().getHeader("Content-Range")).isEqualTo("bytes 4-7/" + mp4().length);
		assertThat(part.getResponse().getContentAsString(StandardCharsets.US_ASCII)).isEqualTo("ftyp");
		assertThat(part.getResponse().getContentType()).isEqualTo("video/mp4");
	}

	@Test
	void mediaAreSeenByTheirExhibitorAndItsInvitersReviewersAndByThePublicOnlyOnceLive() throws Exception {
		long video = uploadVideo();
		this.mvc.perform(
				form((r) -> r.param("videoIds", String.valueOf(video))).with(user(this.ex.liaison())).with(csrf()));
		Booth booth = this.booths.findByExhibitorId(this.ex.exhibitor().getId()).orElseThrow();
		ExhibitTestData.ExhibitorUnit other = ExhibitTestData.exhibitor(this.fixtures, this.accounts, this.jdbc,
				this.codes, this.exhibitors, this.clock);

		assertThat(status(video, this.ex.liaison())).isEqualTo(200);
		assertThat(status(video, this.ex.reviewer())).isEqualTo(200);
		assertThat(status(video, other.liaison())).isEqualTo(404);
		assertThat(status(video, this.ex.otherReviewer())).isEqualTo(404);
		assertThat(this.mvc.perform(get("/exhibit-media/" + video)).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		HumanTask task = this.fixtures.awaitOpenTask(booth.getCaseId(), "Task_Audit");
		this.tasks.decide(task.getId(), this.ex.reviewer(), "approve", null,
				Map.of("revisionId", String.valueOf(booth.getPendingRevisionId())));
		this.fixtures.awaitStatus(booth.getCaseId(), "APPROVED");

		assertThat(this.mvc.perform(get("/exhibit-media/" + video)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(status(video, other.liaison())).isEqualTo(200);
	}

	@Test
	void theFormTheBoothPageAndTheAuditTaskRender() throws Exception {
		String empty = page(get("/exhibitor/booth/edit"), this.ex.liaison());
		assertThat(empty).contains("id=\"booth-form\"").contains("id=\"booth-save-draft\"");
		this.mvc.perform(form((r) -> r.param("name", "审核页展台").param("action", "draft")).with(user(this.ex.liaison()))
			.with(csrf()));
		assertThat(page(get("/exhibitor/booth"), this.ex.liaison())).contains("data-status=\"DRAFT\"")
			.contains("id=\"booth-submit\"");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/exhibitor/booth/submit")
				.with(user(this.ex.liaison()))
				.with(csrf()));
		Booth booth = this.booths.findByExhibitorId(this.ex.exhibitor().getId()).orElseThrow();
		assertThat(booth.getCaseId()).isNotNull();
		HumanTask task = this.fixtures.awaitOpenTask(booth.getCaseId(), "Task_Audit");

		String taskPage = page(get("/tasks/" + task.getId()), this.ex.reviewer());
		assertThat(taskPage).contains("审核页展台")
			.contains("name=\"revisionId\"")
			.contains("value=\"" + booth.getPendingRevisionId() + "\"")
			.contains("/exhibit-media/");
		MvcResult stale = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/tasks/" + task.getId() + "/decide")
				.param("decision", "approve")
				.param("revisionId", "-1")
				.with(user(this.ex.reviewer()))
				.with(csrf()))
			.andReturn();
		assertThat(stale.getResponse().getStatus()).isLessThan(500);
		assertThat(this.booths.findById(booth.getId()).orElseThrow().getLiveRevisionId()).isNull();
		String edit = page(get("/exhibitor/booth/edit"), this.ex.liaison());
		assertThat(edit).contains("审核页展台").doesNotContain("id=\"booth-save-draft\"");
		assertThat(page(get("/progress/" + booth.getCaseId()), this.ex.liaison())).contains("审核页展台");

		this.tasks.decide(task.getId(), this.ex.reviewer(), "reject", "Logo 不清晰",
				Map.of("revisionId", String.valueOf(booth.getPendingRevisionId())));
		this.fixtures.awaitStatus(booth.getCaseId(), "REJECTED");
		assertThat(page(get("/exhibitor/booth"), this.ex.liaison())).contains("data-status=\"REJECTED\"")
			.contains("id=\"booth-opinion\"")
			.contains("Logo 不清晰");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			org.fairflow.portal.security.PortalUser who) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(long mediaId, org.fairflow.portal.security.PortalUser who) throws Exception {
		return this.mvc.perform(get("/exhibit-media/" + mediaId).with(user(who))).andReturn().getResponse().getStatus();
	}

	private long uploadVideo() throws Exception {
		MvcResult ok = this.mvc
			.perform(put("/exhibit-media/video").content(mp4()).with(user(this.ex.liaison())).with(csrf()))
			.andReturn();
		assertThat(ok.getResponse().getStatus()).isEqualTo(200);
		String body = ok.getResponse().getContentAsString(StandardCharsets.UTF_8);
		return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
	}

	/** The start of an MP4 file: an ftyp box, then some media data. */
	private static byte[] mp4() {
		byte[] bytes = new byte[64];
		byte[] head = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' };
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	/** The valid form with a logo and one image, changed by {@code change}. */
	private MockMultipartHttpServletRequestBuilder form(Consumer<MockMultipartHttpServletRequestBuilder> change) {
		BoothForm valid = BoothTestData.form();
		MockMultipartHttpServletRequestBuilder request = multipart("/exhibitor/booth/edit");
		request.param("action", "submit");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", valid.getName());
		fields.put("website", valid.getWebsite());
		fields.put("introduction", valid.getIntroduction());
		fields.put("mainBusiness", valid.getMainBusiness());
		fields.put("tags", valid.getTags());
		fields.put("zone", valid.getZone());
		fields.put("boothNumber", valid.getBoothNumber());
		fields.put("contactName", valid.getContactName());
		fields.put("contactPhone", valid.getContactPhone());
		fields.put("contactEmail", valid.getContactEmail());
		fields.put("showContact", "true");
		MockMultipartHttpServletRequestBuilder probe = multipart("/");
		change.accept(probe);
		List<String> overridden = probe.buildRequest(new org.springframework.mock.web.MockServletContext())
			.getParameterMap()
			.keySet()
			.stream()
			.toList();
		fields.forEach((name, value) -> {
			if (!overridden.contains(name)) {
				request.param(name, value);
			}
		});
		boolean ownLogo = probe.buildRequest(
				new org.springframework.mock.web.MockServletContext()) instanceof org.springframework.mock.web.MockMultipartHttpServletRequest m
				&& m.getFile("logo") != null;
		if (!ownLogo) {
			request.file(new MockMultipartFile("logo", "logo.png", "image/png", BoothTestData.png()));
		}
		request.file(new MockMultipartFile("images", "booth.png", "image/png", BoothTestData.png()));
		change.accept(request);
		return request;
	}

	private long storedFiles() throws IOException {
		Path directory = Path.of(this.dataDir).toAbsolutePath().resolve("exhibit-media");
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.count();
		}
	}

}
