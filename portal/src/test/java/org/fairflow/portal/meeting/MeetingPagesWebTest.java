package org.fairflow.portal.meeting;

import java.nio.charset.StandardCharsets;

import io.camunda.client.CamundaClient;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The applicant's meeting pages: the list with its filters and empty state, the booking
 * form (errors next to their fields, nothing stored), the detail with speakers and plan,
 * the withdrawal with its reason, and who may open what.
 */
@PortalTest
@AutoConfigureMockMvc
class MeetingPagesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanFiles plans;

	@Autowired
	MeetingBookings bookings;

	@Autowired
	CamundaClient client;

	MeetingTestData.Unit unit;

	@BeforeEach
	void unit() {
		MeetingTestData.ensureProcess(this.client);
		this.unit = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void aUnitWithoutBookingsSeesTheEmptyStateWithABookButtonInBothLanguages() throws Exception {
		String zh = page(get("/meetings").with(user(this.unit.liaison())));
		String en = page(get("/meetings").param("lang", "en").with(user(this.unit.liaison())));

		assertThat(zh).contains("id=\"meetings-empty\"")
			.contains("还没有会议预约")
			.contains("id=\"nav-meetings\"")
			.contains("href=\"/meetings/new\"");
		assertThat(en).contains("No meeting bookings yet").contains(">Meetings<");
	}

	@Test
	void aUnitNotApprovedLearnsWhyWhileBookingStaysForbidden() throws Exception {
		org.fairflow.portal.unit.RegistrationForm form = Fixtures
			.form(org.fairflow.portal.unit.UnitCategory.SOCIAL_ORGANISATION, this.fixtures.tree().sub());
		this.fixtures.awaitOpenTask(this.fixtures.register(form), "Task_FirstReview");
		PortalUser underReview = this.fixtures
			.user(org.fairflow.workers.registry.CreditCode.normalise(form.getCreditCode()));

		assertThat(page(get("/meetings").with(user(underReview)))).contains("id=\"meeting-unavailable\"")
			.contains("data-status=\"UNDER_REVIEW\"");
		assertThat(page(get("/meetings/new").with(user(underReview)))).contains("id=\"meeting-unavailable\"");
		assertThat(status(post("/meetings").param("name", "x").with(user(underReview)).with(csrf()))).isEqualTo(403);
	}

	@Test
	void theFormOffersTheFairsDaysTheFieldsAndTheUploader() throws Exception {
		String html = page(get("/meetings/new").with(user(this.unit.liaison())));

		assertThat(html).contains("<option value=\"2027-11-05\">")
			.contains("<option value=\"2027-11-10\">")
			.doesNotContain("<option value=\"2027-11-11\">")
			.contains("数字经济")
			.contains("data-upload-url=\"/meetings/files/plan\"")
			.contains("data-csrf-token=")
			.contains("拟邀请的重要参会嘉宾")
			.contains("/js/meeting-booking.js");
	}

	@Test
	void aValidBookingGoesToItsDetailWithSpeakersPlanAndProgress() throws Exception {
		PlanFile plan = MeetingTestData.plan(this.plans, this.unit);

		MvcResult result = perform(valid(post("/meetings"), plan.getId(), "Harbour Forum " + System.nanoTime())
			.with(user(this.unit.liaison()))
			.with(csrf()));

		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/meetings/");
		String detail = page(get(result.getResponse().getRedirectedUrl()).with(user(this.unit.liaison())));
		assertThat(detail).contains("跨境电商圆桌会")
			.contains("王教授 · 某大学 教授")
			.contains("Anna Berg · Nordic Trade, CEO")
			.contains("李司长 · 商务部 司长")
			.contains("2027-11-06 上午 10:00-12:00")
			.contains("data-status=\"AWAITING_PRE_REVIEW\"")
			.contains("id=\"meeting-plan\"")
			.contains("id=\"meeting-progress\"")
			.contains("id=\"withdraw-form\"")
			.doesNotContain("id=\"meeting-pending\"")
			.contains("data-confirm=");
		String list = page(get("/meetings").with(user(this.unit.liaison())));
		assertThat(list).contains("data-label=\"会议名称\">跨境电商圆桌会</td>")
			.contains("未分配")
			.contains("class=\"meeting-withdraw\"")
			.doesNotContain("class=\"meeting-supplement\"");
	}

	@Test
	void badInputComesBackWithEachErrorNextToItsFieldAndNothingStored() throws Exception {
		PlanFile plan = MeetingTestData.plan(this.plans, this.unit);

		MvcResult result = perform(valid(post("/meetings"), plan.getId(), "Host " + System.nanoTime(), "name", "",
				"format", "ONLINE", "plannedAttendance", "150", "endTime", "10:10", "guests[0].name", "",
				"guests[0].affiliation", "")
			.with(user(this.unit.liaison()))
			.with(csrf()));

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"form-errors\"").contains("请填写会议名称。");
		assertThat(count()).isZero();

		MvcResult serviceChecks = perform(valid(post("/meetings"), plan.getId(), "Host " + System.nanoTime(), "format",
				"ONLINE", "plannedAttendance", "150", "endTime", "10:10", "guests[0].name", "", "guests[0].affiliation",
				"", "lang", "en")
			.with(user(this.unit.liaison()))
			.with(csrf()));
		String en = serviceChecks.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(en).contains("An online meeting has between 1 and 100 participants.")
			.contains("A meeting lasts at least 30 minutes.")
			.contains("Name at least one important guest.")
			.contains("id=\"guests-error\"")
			.contains("value=\"Anna Berg\"");
		assertThat(count()).isZero();
		assertThat(status(get("/meetings").param("page", "x").with(user(this.unit.liaison())))).isEqualTo(400);
	}

	@Test
	void theListFiltersByNameFormatAndStatus() throws Exception {
		Meeting offline = this.bookings.book(this.unit.unitId(),
				MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId()), "liaison");
		MeetingForm onlineForm = MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId());
		onlineForm.setFormat(MeetingFormat.ONLINE);
		onlineForm.setName("云端路演");
		onlineForm.setStartTime("15:00");
		onlineForm.setEndTime("16:00");
		Meeting online = this.bookings.book(this.unit.unitId(), onlineForm, "liaison");

		assertThat(rows(get("/meetings").param("name", "路演"))).contains(online.getId()).doesNotContain(offline.getId());
		assertThat(rows(get("/meetings").param("format", "OFFLINE"))).contains(offline.getId())
			.doesNotContain(online.getId());
		assertThat(rows(get("/meetings").param("status", "WITHDRAWN"))).isEmpty();
		assertThat(rows(get("/meetings").param("status", "NONSENSE"))).contains(offline.getId(), online.getId());
		assertThat(page(get("/meetings").with(user(this.unit.liaison())))).contains("下午").contains("上午");
	}

	@Test
	void anotherUnitsBookingIsNotFoundAndItsPlanOpensOnlyForTheUnitAndTheOrganiser() throws Exception {
		Meeting meeting = this.bookings.book(this.unit.unitId(),
				MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId()), "liaison");
		MeetingTestData.Unit other = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		PortalUser organiser = MeetingTestData.organiser(this.fixtures, this.accounts, this.unit.tree());
		PortalUser otherOrganiser = MeetingTestData.organiser(this.fixtures, this.accounts, other.tree());

		assertThat(status(get("/meetings/{id}", meeting.getId()).with(user(other.liaison())))).isEqualTo(404);
		assertThat(status(post("/meetings/{id}/withdraw", meeting.getId()).param("reason", "x")
			.with(user(other.liaison()))
			.with(csrf()))).isEqualTo(404);
		MvcResult plan = perform(get("/meetings/{id}/plan", meeting.getId()).with(user(this.unit.liaison())));
		assertThat(plan.getResponse().getStatus()).isEqualTo(200);
		assertThat(plan.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat((long) plan.getResponse().getContentAsByteArray().length).isEqualTo(
				this.jdbc.queryForObject("select size_bytes from meeting_file where meeting_id = ? and kind = 'PLAN'",
						Long.class, meeting.getId()));
		assertThat(new String(plan.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		assertThat(status(get("/meetings/{id}/plan", meeting.getId()).with(user(organiser)))).isEqualTo(200);
		assertThat(status(get("/meetings/{id}/plan", meeting.getId()).with(user(other.liaison())))).isEqualTo(404);
		assertThat(status(get("/meetings/{id}/plan", meeting.getId()).with(user(otherOrganiser)))).isEqualTo(404);
	}

	@Test
	void aWithdrawalNeedsAReasonAndIsShownOnceStored() throws Exception {
		Meeting meeting = this.bookings.book(this.unit.unitId(),
				MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId()), "liaison");
		this.fixtures.awaitOpenTask(meeting.getCaseId(), "Task_PreReview");

		assertThat(status(post("/meetings/{id}/withdraw", meeting.getId()).param("reason", "日程冲突")
			.with(user(this.unit.liaison())))).as("without CSRF token").isEqualTo(403);
		MvcResult empty = perform(post("/meetings/{id}/withdraw", meeting.getId()).param("reason", "  ")
			.with(user(this.unit.liaison()))
			.with(csrf()));
		assertThat(empty.getFlashMap().get("withdrawErrorKey")).isEqualTo("meeting.withdraw.reasonRequired");
		assertThat(this.jdbc.queryForObject("select withdrawn_at from meeting where id = ?", java.sql.Timestamp.class,
				meeting.getId()))
			.isNull();

		MvcResult done = perform(post("/meetings/{id}/withdraw", meeting.getId()).param("reason", "日程冲突")
			.with(user(this.unit.liaison()))
			.with(csrf()));
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting.getId());
		assertThat(done.getFlashMap().get("successKey")).isEqualTo("meeting.withdrawn");
		String right = page(get("/meetings/{id}", meeting.getId()).with(user(this.unit.liaison())));
		assertThat(right.contains("data-status=\"WITHDRAWN\"") || right.contains("id=\"meeting-pending\""))
			.as("right after the withdrawal the page shows the new status or says it is being processed")
			.isTrue();
		this.fixtures.awaitStatus(meeting.getCaseId(), "WITHDRAWN");
		String detail = page(get("/meetings/{id}", meeting.getId()).with(user(this.unit.liaison())));
		assertThat(detail).contains("id=\"meeting-withdrawal\"")
			.contains("日程冲突")
			.doesNotContain("id=\"meeting-pending\"")
			.doesNotContain("id=\"withdraw-form\"");
	}

	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, Long planId, String host,
			String... overrides) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("format", "OFFLINE");
		params.put("name", "跨境电商圆桌会");
		params.put("theme", "数字贸易新机遇");
		params.put("field", "DIGITAL");
		params.put("summary", "邀请跨境电商企业交流经验。");
		params.put("host", host);
		params.put("plannedAttendance", "80");
		params.put("date", "2027-11-06");
		params.put("startTime", "10:00");
		params.put("endTime", "12:00");
		params.put("domestic[0].name", "王教授");
		params.put("domestic[0].affiliation", "某大学 教授");
		params.put("foreign[0].name", "Anna Berg");
		params.put("foreign[0].affiliation", "Nordic Trade, CEO");
		params.put("guests[0].name", "李司长");
		params.put("guests[0].affiliation", "商务部 司长");
		params.put("contactName", "赵会务");
		params.put("contactMobile", "13800138000");
		params.put("planFileId", String.valueOf(planId));
		params.put("planFileName", "会议方案.pdf");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		params.forEach(request::param);
		return request;
	}

	private java.util.List<Long> rows(MockHttpServletRequestBuilder request) throws Exception {
		String html = page(request.with(user(this.unit.liaison())));
		java.util.List<Long> ids = new java.util.ArrayList<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("data-meeting-id=\"(\\d+)\"").matcher(html);
		while (matcher.find()) {
			ids.add(Long.valueOf(matcher.group(1)));
		}
		return ids;
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from meeting where unit_id = ?", Integer.class,
				this.unit.unitId());
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(RequestBuilder request) throws Exception {
		return perform(request).getResponse().getStatus();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn();
	}

}
