package org.fairflow.portal.meeting;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.CraftedImages;
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

/**
 * The supplement (补充信息) over HTTP against a real case: a valid one is stored whole and
 * completes the supplement task; every bad input is named next to its field and stores
 * nothing; only the booking unit may supplement, once; the posters are public only once
 * the meeting is approved.
 */
@PortalTest
@AutoConfigureMockMvc
class MeetingSupplementWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	Cases cases;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Accounts accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ModelDeployment models;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${fairflow.data-dir:./data}")
	String dataDir;

	MeetingFixtures meetingFixtures;

	@BeforeEach
	void fixtures() {
		this.meetingFixtures = new MeetingFixtures(this.meetings, this.cases, this.tasks, this.accounts, this.fixtures,
				this.models, this.jdbc);
	}

	@Test
	void aValidRecordedSupplementStoresFieldsAndPostersAndCompletesTheTaskWithRecorded() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();

		MvcResult result = this.mvc
			.perform(valid(booking, true).file(poster("posterPc", png(275, 155)))
				.file(poster("posterApp", Fixtures.image("jpeg", 165, 220))))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + booking.meetingId());
		Meeting meeting = this.meetingFixtures.meeting(booking);
		assertThat(meeting.getAgenda()).isEqualTo("1-主持人开场 2-嘉宾演讲 3-白皮书发布");
		assertThat(meeting.getIntlAssociations()).isEqualTo("贸促会\nWorld Trade Centers Association, Inc.");
		assertThat(meeting.getDomesticAssociations()).isEqualTo("商务局");
		assertThat(meeting.getHighlights()).isEqualTo("白皮书发布");
		assertThat(meeting.getRecorded()).isTrue();
		assertThat(meeting.getSupplementedAt()).isNotNull();
		assertThat(this.meetingFixtures.files(booking)).isEqualTo(2);
		List<String> kinds = this.jdbc.queryForList("select kind from meeting_file where meeting_id = ? order by kind",
				String.class, booking.meetingId());
		assertThat(kinds).containsExactly("POSTER_APP", "POSTER_PC");
		HumanTask done = this.tasks.forCase(booking.caseId())
			.stream()
			.filter((t) -> t.getElementId().equals("Task_Supplement"))
			.findFirst()
			.orElseThrow();
		assertThat(done.getStatus()).isEqualTo(HumanTask.Status.COMPLETED);
		assertThat(done.getDecision()).isEqualTo("supplemented");
		this.fixtures.awaitOpenTask(booking.caseId(), "Task_ReReview");
		assertThat(this.cases.variables(booking.caseId())).containsEntry("recorded", true);

		// The app poster came as JPEG and is kept as PNG of the same size.
		byte[] app = this.mvc.perform(get("/meetings/{id}/poster/app", booking.meetingId()).with(user(booking.unit())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Arrays.copyOf(app, 4)).containsExactly(0x89, 'P', 'N', 'G');
		var image = ImageIO.read(new ByteArrayInputStream(app));
		assertThat(image.getWidth()).isEqualTo(165);
		assertThat(image.getHeight()).isEqualTo(220);
	}

	@Test
	void aSupplementWithoutRecordingNeedsNoPostersAndHandsOnRecordedFalse() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();

		MvcResult result = this.mvc.perform(valid(booking, false)).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + booking.meetingId());
		assertThat(this.meetingFixtures.meeting(booking).getRecorded()).isFalse();
		assertThat(this.meetingFixtures.files(booking)).isZero();
		this.fixtures.awaitOpenTask(booking.caseId(), "Task_ReReview");
		assertThat(this.cases.variables(booking.caseId())).containsEntry("recorded", false);
	}

	@Test
	void eachMissingFieldIsNamedNextToItAndNothingIsStored() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();

		String html = page(
				multipart("/meetings/{id}/supplement", booking.meetingId()).with(user(booking.unit())).with(csrf()));

		assertThat(html).contains("id=\"agenda-error\"")
			.contains("id=\"intlAssociations-error\"")
			.contains("id=\"domesticAssociations-error\"")
			.contains("id=\"highlights-error\"")
			.contains("id=\"outcomes-error\"")
			.contains("id=\"publishContent-error\"")
			.contains("id=\"recorded-error\"")
			.contains("此项为必填。")
			.contains("请至少填写一个商协会名称。")
			.contains("请选择是否需要录播。");
		assertNothingStored(booking);
	}

	@Test
	void textsBeyondTheirLimitsAreRefusedInTheReadersLanguage() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();

		String html = page(valid(booking, false, "agenda", "议".repeat(1001), "domesticAssociations[1]", "协".repeat(300),
				"lang", "en"));

		assertThat(html).contains("id=\"agenda-error\"")
			.contains("At most 1000 characters (now 1001).")
			.contains("id=\"domesticAssociations-error\"")
			.contains("at most 300 characters in all (now 304)");
		assertNothingStored(booking);
	}

	@Test
	void forgedRowsAndAForgedYesNoAreAnsweredWithMessagesNotErrors() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();

		String html = page(valid(booking, false, "intlAssociations[5000]", "贸促会", "recorded", "maybe"));

		assertThat(html).contains("id=\"recorded-error\"").contains("id=\"flash-error\"");
		assertNothingStored(booking);
	}

	@Test
	void aPosterOfTheWrongSizeNamesTheSizeFoundAndTheSizeNeeded() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();

		String html = page(
				valid(booking, true).file(poster("posterPc", png(300, 155))).file(poster("posterApp", png(165, 220))));

		assertThat(html).contains("id=\"posterPc-error\"").contains("海报尺寸为 300×155 像素，须为 275×155 像素。");
		assertThat(html).doesNotContain("id=\"posterApp-error\"");
		assertThat(html).as("the fine poster must be chosen again: the browser drops it")
			.contains("id=\"posterApp-reselect\"")
			.doesNotContain("id=\"posterPc-reselect\"");
		assertNothingStored(booking);
	}

	@Test
	void aRecordedMeetingWithoutPostersAndAFakeImageWithAPngNameAreRefused() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();

		String html = page(valid(booking, true).file(new MockMultipartFile("posterPc", "poster.png", "image/png",
				"<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8))));

		assertThat(html).contains("id=\"posterPc-error\"")
			.contains("海报须为 PNG 或 JPEG 图片（按文件内容检查）。")
			.contains("id=\"posterApp-error\"")
			.contains("需要录播时必须上传此海报。");
		assertNothingStored(booking);
	}

	@Test
	void anOversizedPosterIsRefusedBeforeItIsReadAndAHeaderClaimingHugePixelsBeforeDecoding() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();
		byte[] oversized = Arrays.copyOf(png(275, 155), 2 * 1024 * 1024 + 1);

		String html = page(valid(booking, true).file(poster("posterPc", oversized))
			.file(poster("posterApp", CraftedImages.pngClaiming(30_000, 30_000))));

		assertThat(html).contains("海报不能大于 2 MB。").contains("海报像素过多");
		assertNothingStored(booking);
	}

	@Test
	void aSecondSubmitAfterTheSupplementIsRefusedAndChangesNothing() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();
		this.mvc.perform(valid(booking, false)).andReturn();
		var first = this.meetingFixtures.meeting(booking).getSupplementedAt();

		String html = page(valid(booking, true, "agenda", "另一个议程").file(poster("posterPc", png(275, 155)))
			.file(poster("posterApp", png(165, 220))));

		assertThat(html).contains("id=\"flash-error\"").contains("该会议已补充过信息，无需再次提交。");
		Meeting meeting = this.meetingFixtures.meeting(booking);
		assertThat(meeting.getSupplementedAt()).isEqualTo(first);
		assertThat(meeting.getAgenda()).isNotEqualTo("另一个议程");
		assertThat(this.meetingFixtures.files(booking)).isZero();
	}

	@Test
	void anEngineThatRefusesTheCompletionLeavesNoFieldsRowsOrFiles() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();
		// The task as an earlier engine delivered it: its job cannot be completed now.
		this.jdbc.update("update human_task set engine_epoch = 'gone' where case_id = ? and status = 'OPEN'",
				booking.caseId());
		long before = filesOnDisk(booking);

		String html = page(
				valid(booking, true).file(poster("posterPc", png(275, 155))).file(poster("posterApp", png(165, 220))));

		assertThat(html).contains("id=\"flash-error\"").contains("流程引擎正在恢复该申请");
		assertNothingStored(booking);
		assertThat(filesOnDisk(booking)).isEqualTo(before);
	}

	@Test
	void onlyTheBookingUnitMaySupplementAndOnlyWhenTheMeetingWaitsForIt() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.booked();

		assertThat(status(get("/meetings/{id}/supplement", booking.meetingId()).with(user(booking.otherUnit()))))
			.isEqualTo(404);
		assertThat(status(valid(booking, false).with(user(booking.otherUnit())))).isEqualTo(404);
		assertThat(status(get("/meetings/{id}/supplement", booking.meetingId()))).as("not signed in").isEqualTo(302);
		String notYet = page(get("/meetings/{id}/supplement", booking.meetingId()).with(user(booking.unit())));
		assertThat(notYet).contains("id=\"supplement-refused\"")
			.contains("data-refusal=\"meetingreview.supplement.notNow\"")
			.contains("id=\"supplement-back\"")
			.doesNotContain("id=\"supplement-form\"");
		assertThat(page(valid(booking, false))).contains("id=\"flash-error\"");
		assertNothingStored(booking);
	}

	@Test
	void theFormShowsTheGuidesFieldsWithCountersInBothLanguages() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();

		String zh = page(get("/meetings/{id}/supplement", booking.meetingId()).with(user(booking.unit())));
		String en = page(
				get("/meetings/{id}/supplement", booking.meetingId()).param("lang", "en").with(user(booking.unit())));

		assertThat(zh).contains("id=\"supplement-form\"")
			.contains("会议议程")
			.contains("0/1000")
			.contains("0/300")
			.contains("新增商协会")
			.contains("PC 端海报（275×155 像素，没有圆角）")
			.contains("APP 端海报（165×220 像素，圆角 10px）")
			.contains("name=\"intlAssociations[0]\"");
		assertThat(en).contains("Agenda").contains("Add an association").contains("Content to publish");
	}

	@Test
	void postersAreTheUnitsAndTheOrganisersUntilTheMeetingIsApprovedThenEveryonesOnlyAsPng() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();
		this.mvc
			.perform(valid(booking, true).file(poster("posterPc", png(275, 155)))
				.file(poster("posterApp", png(165, 220))))
			.andReturn();
		this.meetingFixtures.status(booking, MeetingStatus.AWAITING_RE_REVIEW);

		assertThat(status(get("/meetings/{id}/poster/pc", booking.meetingId()))).as("public").isEqualTo(404);
		assertThat(status(get("/meetings/{id}/poster/pc", booking.meetingId()).with(user(booking.otherUnit()))))
			.isEqualTo(404);
		assertThat(status(get("/meetings/{id}/poster/pc", booking.meetingId()).with(user(booking.unit()))))
			.isEqualTo(200);
		assertThat(status(get("/meetings/{id}/poster/pc", booking.meetingId()).with(user(booking.reviewer()))))
			.isEqualTo(200);

		this.meetingFixtures.status(booking, MeetingStatus.AWAITING_ROOM);
		MvcResult approved = this.mvc.perform(get("/meetings/{id}/poster/app", booking.meetingId())).andReturn();
		assertThat(approved.getResponse().getStatus()).isEqualTo(200);
		assertThat(approved.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(status(get("/meetings/{id}/poster/other", booking.meetingId()))).isEqualTo(404);
	}

	/**
	 * A valid supplement of the booking unit; {@code overrides} are pairs of parameter
	 * name and value that replace (or add to) the valid ones.
	 */
	private MockMultipartHttpServletRequestBuilder valid(MeetingFixtures.Booking booking, boolean recorded,
			String... overrides) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("agenda", "1-主持人开场 2-嘉宾演讲 3-白皮书发布");
		params.put("intlAssociations[0]", "贸促会");
		params.put("intlAssociations[1]", "  ");
		params.put("intlAssociations[2]", "World Trade Centers Association, Inc.");
		params.put("domesticAssociations[0]", "商务局");
		params.put("highlights", "白皮书发布");
		params.put("outcomes", "白皮书发布");
		params.put("publishContent", "白皮书发布");
		params.put("recorded", String.valueOf(recorded));
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/meetings/{id}/supplement", booking.meetingId());
		params.forEach(request::param);
		request.with(user(booking.unit())).with(csrf());
		return request;
	}

	private void assertNothingStored(MeetingFixtures.Booking booking) {
		Meeting meeting = this.meetingFixtures.meeting(booking);
		assertThat(meeting.getSupplementedAt()).isNull();
		assertThat(meeting.getAgenda()).isNull();
		assertThat(meeting.getRecorded()).isNull();
		assertThat(this.meetingFixtures.files(booking)).isZero();
	}

	private long filesOnDisk(MeetingFixtures.Booking booking) throws Exception {
		Path dir = Path.of(this.dataDir, "meeting-files", booking.meetingId().toString());
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.count();
		}
	}

	private static MockMultipartFile poster(String field, byte[] content) {
		return new MockMultipartFile(field, field + ".png", "image/png", content);
	}

	private static byte[] png(int width, int height) {
		return Fixtures.image("png", width, height);
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
