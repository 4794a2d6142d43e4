package org.fairflow.portal.room;

import java.util.List;
import java.util.UUID;

import org.fairflow.portal.export.ExportedFile;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The organiser's room plan: add, edit, validation next to the field in both languages,
 * deactivation only after its confirmation page, and nobody else gets in.
 */
@PortalTest
@AutoConfigureMockMvc
class RoomPagesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	PortalUser organiser;

	@BeforeEach
	void organiser() {
		this.tree = this.fixtures.tree();
		this.organiser = this.fixtures.organiserReviewer(this.tree);
	}

	@Test
	void theOrganiserAddsARoomThatTheListShows() throws Exception {
		String name = "E2 会议室 " + UUID.randomUUID().toString().substring(0, 6);

		MvcResult added = this.mvc
			.perform(post("/rooms").param("name", name)
				.param("nameEn", "Hall E2 Room X")
				.param("venue", "国家会议中心 E2 馆")
				.param("venueEn", "CNCC Hall E2")
				.param("capacity", " 150 ")
				.with(user(this.organiser))
				.with(csrf()))
			.andReturn();

		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/rooms");
		assertThat(this.jdbc.queryForObject("select capacity from meeting_room where name = ?", Integer.class, name))
			.isEqualTo(150);
		assertThat(page(get("/rooms").with(user(this.organiser)))).contains(name).contains("CNCC Hall E2");
	}

	@Test
	void aFormWithMistakesShowsEachNextToItsFieldInBothLanguagesAndStoresNothing() throws Exception {
		long before = rooms();

		String zh = page(post("/rooms").param("name", " ")
			.param("nameEn", "Room")
			.param("venue", "E2")
			.param("venueEn", "E2")
			.param("capacity", "abc")
			.with(user(this.organiser))
			.with(csrf()));
		String en = page(post("/rooms").param("lang", "en")
			.param("name", "")
			.param("nameEn", "Room")
			.param("venue", "E2")
			.param("venueEn", "E2")
			.param("capacity", "0")
			.with(user(this.organiser))
			.with(csrf()));

		assertThat(zh).contains("id=\"name-error\">请填写此项。<").contains("id=\"capacity-error\">请填写 1 到 10000 之间的整数。<");
		assertThat(en).contains("id=\"name-error\">Please fill this in.<")
			.contains("Please enter a whole number from 1 to 10000.");
		assertThat(rooms()).isEqualTo(before);
	}

	@Test
	void aSecondRoomOfTheSameNameIsRefusedAtTheNameField() throws Exception {
		MeetingRows rows = new MeetingRows(this.jdbc);
		String taken = rows.roomName(rows.room(40));

		String html = page(post("/rooms").param("name", taken)
			.param("nameEn", "Other")
			.param("venue", "E2")
			.param("venueEn", "E2")
			.param("capacity", "40")
			.with(user(this.organiser))
			.with(csrf()));

		assertThat(html).contains("id=\"name-error\">已有同名会议室。<");
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_room where name = ?", Integer.class, taken))
			.isOne();
	}

	@Test
	void theOrganiserEditsNameVenueAndCapacity() throws Exception {
		Long room = new MeetingRows(this.jdbc).room(40);
		String name = "改名 " + UUID.randomUUID().toString().substring(0, 6);

		assertThat(page(get("/rooms/" + room + "/edit").with(user(this.organiser)))).contains("value=\"40\"");
		this.mvc.perform(post("/rooms/" + room).param("name", name)
			.param("nameEn", "Renamed")
			.param("venue", "E3")
			.param("venueEn", "Hall E3")
			.param("capacity", "60")
			.with(user(this.organiser))
			.with(csrf()));

		assertThat(this.jdbc.queryForMap("select name, venue_en, capacity from meeting_room where id = ?", room))
			.containsEntry("name", name)
			.containsEntry("venue_en", "Hall E3")
			.containsEntry("capacity", 60);
	}

	@Test
	void deactivationIsConfirmedFirstAndKeepsTheRoomsBookings() throws Exception {
		MeetingRows rows = new MeetingRows(this.jdbc);
		Long room = rows.room(100);

		String confirm = page(get("/rooms/" + room + "/deactivate").with(user(this.organiser)));
		MvcResult unconfirmed = this.mvc
			.perform(post("/rooms/" + room + "/deactivate").with(user(this.organiser)).with(csrf()))
			.andReturn();

		assertThat(confirm).contains("id=\"deactivate-confirm\"").contains("不再分配新的会议");
		assertThat(unconfirmed.getResponse().getRedirectedUrl()).isEqualTo("/rooms/" + room + "/deactivate");
		assertThat(active(room)).isTrue();

		this.mvc.perform(post("/rooms/" + room + "/deactivate").param("confirm", "true")
			.with(user(this.organiser))
			.with(csrf()));

		assertThat(active(room)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_room where id = ?", Integer.class, room))
			.isOne();
	}

	@Test
	void anUnknownRoomIsNotFound() throws Exception {
		assertThat(status(get("/rooms/99999999/edit").with(user(this.organiser)))).isEqualTo(404);
		assertThat(status(get("/rooms/abc/edit").with(user(this.organiser)))).isEqualTo(404);
	}

	@Test
	void nobodyButTheOrganiserSeesOrChangesTheRoomPlan() throws Exception {
		PortalUser reviewer = this.fixtures.user(this.tree.delegationReviewer());
		Long room = new MeetingRows(this.jdbc).room(100);

		assertThat(status(get("/rooms").with(user(reviewer)))).isEqualTo(403);
		assertThat(status(
				post("/rooms/" + room + "/deactivate").param("confirm", "true").with(user(reviewer)).with(csrf())))
			.isEqualTo(403);
		assertThat(status(get("/rooms"))).isEqualTo(302);
		assertThat(active(room)).isTrue();
	}

	@Test
	void theOrganiserExportsEveryRoomWithItsStateActiveRoomsFirst() throws Exception {
		MeetingRows rows = new MeetingRows(this.jdbc);
		Long active = rows.room(60);
		Long deactivated = rows.room(30);
		rows.deactivate(deactivated);

		assertThat(page(get("/rooms").with(user(this.organiser)))).contains("id=\"rooms-export\"")
			.contains("href=\"/rooms/export?format=xlsx\"")
			.contains("href=\"/rooms/export?format=csv\"");
		List<List<String>> csv = ExportedFile.csv(export("csv", "en"));
		assertThat(csv.get(0)).containsExactly("Name (Chinese)", "Name (English)", "Venue (Chinese)", "Venue (English)",
				"Capacity", "State");
		List<String> first = exported(csv, rows.roomName(active));
		List<String> second = exported(csv, rows.roomName(deactivated));
		assertThat(first).containsExactly(rows.roomName(active), "Room " + first.get(0).substring(3),
				"E2 馆" + first.get(0).substring(3), "Hall E2 " + first.get(0).substring(3), "60", "In use");
		assertThat(second).endsWith("30", "Deactivated");
		assertThat(csv.indexOf(first)).as("active rooms first").isLessThan(csv.indexOf(second));
		assertThat(exported(ExportedFile.csv(export("csv", "zh")), rows.roomName(deactivated))).endsWith("30", "已停用");

		List<List<String>> xlsx = ExportedFile.xlsx(export("xlsx", "en"));
		assertThat(xlsx.get(0)).isEqualTo(csv.get(0));
		assertThat(xlsx).hasSameSizeAs(csv);
		assertThat(exported(xlsx, rows.roomName(deactivated))).endsWith("30", "Deactivated");
	}

	@Test
	void nobodyButTheOrganiserExportsTheRoomPlanAndAWrongFormatIsABadRequest() throws Exception {
		PortalUser reviewer = this.fixtures.user(this.tree.delegationReviewer());

		assertThat(status(get("/rooms/export").param("format", "csv").with(user(reviewer)))).isEqualTo(403);
		assertThat(status(get("/rooms/export").param("format", "csv"))).isEqualTo(302);
		assertThat(status(get("/rooms/export").param("format", "pdf").with(user(this.organiser)))).isEqualTo(400);
	}

	private byte[] export(String format, String lang) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/rooms/export").param("format", format).param("lang", lang).with(user(this.organiser)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

	private static List<String> exported(List<List<String>> rows, String name) {
		return rows.stream().filter((row) -> row.get(0).equals(name)).findFirst().orElseThrow();
	}

	private boolean active(Long room) {
		return this.jdbc.queryForObject("select active from meeting_room where id = ?", Boolean.class, room);
	}

	private long rooms() {
		return this.jdbc.queryForObject("select count(*) from meeting_room", Long.class);
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private int status(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
