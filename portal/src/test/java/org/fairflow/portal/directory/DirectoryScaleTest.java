package org.fairflow.portal.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fairflow.portal.booth.BoothSearch;
import org.fairflow.portal.booth.Booths;
import org.fairflow.portal.booth.ExhibitionZone;
import org.fairflow.portal.booth.LiveBooth;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A directory of two thousand live booths (written as bulk SQL): the first and the last
 * page hold the right booths in name order, the count is right, and a search finds the
 * one booth it names. No timing: the indexes are the migrations' business, the rows are
 * this test's.
 */
@PortalTest
@AutoConfigureMockMvc
class DirectoryScaleTest {

	private static final int BOOTHS = 2000;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Booths booths;

	@Test
	void twoThousandLiveBoothsArePagedAndSearchedRight() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		LiveBoothRows rows = new LiveBoothRows(this.jdbc, tree.delegation().getId(), tree.sub().getId());
		String prefix = DirectoryWebTest.prefix("Scale");
		List<Long> ids = rows.live(new LiveBoothRows.Spec(prefix, ExhibitionZone.SERVICE_ROBOTS, List.of("机器人"), true),
				BOOTHS);
		assertThat(ids).hasSize(BOOTHS);
		int lastPage = (BOOTHS - 1) / DirectoryController.PAGE_SIZE;

		String first = page("/exhibitors?q=" + prefix);
		String last = page("/exhibitors?q=" + prefix + "&page=" + lastPage);
		String one = page("/exhibitors?q=" + prefix + "1234");
		String past = page("/exhibitors?q=" + prefix + "&page=" + (lastPage + 1));

		assertThat(DirectoryWebTest.cards(first)).containsExactlyElementsOf(ids.subList(0, 24));
		assertThat(first).contains(prefix + "0001").contains("共 2,000 家展商").contains("1 / " + (lastPage + 1));
		assertThat(DirectoryWebTest.cards(last)).containsExactlyElementsOf(ids.subList(lastPage * 24, BOOTHS))
			.hasSize(BOOTHS - lastPage * 24);
		assertThat(last).contains(prefix + "2000");
		assertThat(DirectoryWebTest.cards(one)).containsExactly(ids.get(1233));
		assertThat(DirectoryWebTest.cards(past)).isEmpty();

		Page<LiveBooth> byZone = this.booths.live(new BoothSearch(prefix, ExhibitionZone.SERVICE_ROBOTS, "机器人"),
				PageRequest.of(lastPage, DirectoryController.PAGE_SIZE));
		assertThat(byZone.getTotalElements()).isEqualTo(BOOTHS);
		assertThat(byZone.getContent().stream().map(LiveBooth::boothId).toList())
			.containsExactlyElementsOf(ids.subList(lastPage * 24, BOOTHS));
	}

	private String page(String url) throws Exception {
		var response = this.mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
