package org.fairflow.portal.meeting;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import io.camunda.client.CamundaClient;
import org.fairflow.portal.export.ExportedFile;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A unit exports its own bookings: every one matching the page's filters (more than a
 * page), newest first, never another unit's.
 */
@PortalTest
@AutoConfigureMockMvc
class MeetingListExportTest {

	private static final Instant STARTS_AT = Instant.parse("2027-11-06T02:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	CamundaClient client;

	MeetingTestData.Unit unit;

	MeetingTestData.Unit other;

	@BeforeEach
	void units() {
		MeetingTestData.ensureProcess(this.client);
		this.unit = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		this.other = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void theExportHoldsEveryMatchingBookingOfTheUnitInThePagesOrder() throws Exception {
		int matching = MeetingList.PAGE_SIZE + 2;
		for (int i = 0; i < matching; i++) {
			meeting(this.unit, "线上论坛" + i, MeetingFormat.ONLINE, MeetingStatus.AWAITING_PRE_REVIEW, i);
		}
		meeting(this.unit, "线下论坛", MeetingFormat.OFFLINE, MeetingStatus.AWAITING_PRE_REVIEW, 30);
		meeting(this.unit, "驳回的论坛", MeetingFormat.ONLINE, MeetingStatus.PRE_REJECTED, 31);
		meeting(this.other, "别人的论坛", MeetingFormat.ONLINE, MeetingStatus.AWAITING_PRE_REVIEW, 32);

		String page = this.mvc
			.perform(get("/meetings").param("format", "ONLINE")
				.param("status", "AWAITING_PRE_REVIEW")
				.with(user(this.unit.liaison())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("href=\"/meetings/export?meetingFormat=ONLINE&amp;status=AWAITING_PRE_REVIEW&amp;format=xlsx\"");

		List<List<String>> csv = ExportedFile.csv(export(this.unit, "csv"));
		assertThat(csv.get(0)).containsExactly("编号", "会议名称", "会议形式", "会议日期", "时段", "会议时间", "状态", "会议室");
		assertThat(csv).hasSize(matching + 1);
		assertThat(csv.subList(1, csv.size())).extracting((row) -> row.get(1))
			.containsExactly(IntStream.range(0, matching)
				.map((i) -> matching - 1 - i)
				.mapToObj((i) -> "线上论坛" + i)
				.toArray(String[]::new));
		assertThat(csv.get(1)).containsExactly(csv.get(1).get(0), "线上论坛" + (matching - 1), "线上会议", "2027-11-06", "上午",
				"10:" + (matching - 1) + "-12:" + (matching - 1), "待初审", "未分配");

		String named = this.mvc.perform(get("/meetings").param("name", "线上论坛1").with(user(this.unit.liaison())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(named)
			.contains("href=\"/meetings/export?name=%E7%BA%BF%E4%B8%8A%E8%AE%BA%E5%9D%9B1&amp;format=csv\"");
		List<List<String>> byName = ExportedFile.csv(this.mvc.perform(
				get("/meetings/export").param("format", "csv").param("name", "线上论坛1").with(user(this.unit.liaison())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(byName.subList(1, byName.size())).extracting((row) -> row.get(1))
			.containsExactly("线上论坛11", "线上论坛10", "线上论坛1");
		assertThat(MeetingList.Filter.of("A+B & C", null, null).exportLink())
			.isEqualTo("/meetings/export?name=A%2BB%20%26%20C");

		List<List<String>> xlsx = ExportedFile.xlsx(export(this.unit, "xlsx"));
		assertThat(xlsx).hasSize(csv.size());
		assertThat(xlsx.get(0)).isEqualTo(csv.get(0));
	}

	@Test
	void anotherUnitExportsNoneOfTheUnitsBookings() throws Exception {
		meeting(this.unit, "只属于本单位的论坛", MeetingFormat.ONLINE, MeetingStatus.AWAITING_PRE_REVIEW, 0);

		List<List<String>> others = ExportedFile
			.csv(this.mvc.perform(get("/meetings/export").param("format", "csv").with(user(this.other.liaison())))
				.andReturn()
				.getResponse()
				.getContentAsByteArray());

		assertThat(others).hasSize(1);
		assertThat(this.mvc.perform(get("/meetings/export").param("format", "pdf").with(user(this.unit.liaison())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

	private byte[] export(MeetingTestData.Unit unit, String format) throws Exception {
		MockHttpServletRequestBuilder request = get("/meetings/export").param("format", format)
			.param("meetingFormat", "ONLINE")
			.param("status", "AWAITING_PRE_REVIEW")
			.with(user(unit.liaison()));
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

	/** A booking starting {@code minutes} after ten in the morning of the fair's day. */
	private void meeting(MeetingTestData.Unit unit, String name, MeetingFormat format, MeetingStatus status,
			int minutes) {
		Meeting meeting = new Meeting(unit.unitId(), format, unit.liaison().getUsername());
		meeting.setName(name);
		meeting.setTheme("数字贸易");
		meeting.setField("TRADE");
		meeting.setSummary("论坛简介");
		meeting.setHost("主办单位");
		meeting.setCoHost("承办单位");
		meeting.setPlannedAttendance(80);
		meeting.setStartsAt(STARTS_AT.plusSeconds(60L * minutes));
		meeting.setEndsAt(STARTS_AT.plusSeconds(7200 + 60L * minutes));
		meeting.setContactName("王会务");
		meeting.setContactMobile("13812345678");
		meeting.setContactEmail("meeting@example.com");
		meeting = this.meetings.saveAndFlush(meeting);
		this.jdbc.update("update meeting set status = ? where id = ?", status.name(), meeting.getId());
	}

}
