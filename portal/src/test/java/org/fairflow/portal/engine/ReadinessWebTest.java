package org.fairflow.portal.engine;

import jakarta.servlet.http.Cookie;
import org.fairflow.portal.web.UnavailablePage;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Health is UP on a healthy run and names the engine as its own component; until the
 * engine has deployed the models and resumed the open cases, readiness is OUT_OF_SERVICE
 * and every page is the starting page with the resume's progress.
 */
@PortalTest
@AutoConfigureMockMvc
class ReadinessWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EngineGateway gateway;

	@Autowired
	UnavailablePage page;

	@Autowired
	ObjectProvider<RecyclableEngine> embedded;

	@Autowired
	EngineProperties properties;

	@Test
	void healthIsUpWithTheEngineAsItsOwnComponent() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.engine.status").value("UP"))
			.andExpect(jsonPath("$.components.mail.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void readinessIsUpOnceTheEngineIsReady() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.engine.details.phase").value("READY"))
			.andExpect(jsonPath("$.components.engine.details.connected").value(true))
			.andExpect(jsonPath("$.components.engine.details.models.unit-review").isNumber());
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void engineIsOutOfServiceWhileCasesResume() {
		EngineStatus starting = resuming(3, 10);

		Health health = new EngineHealthIndicator(starting, this.gateway, this.embedded, this.properties).health();

		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("phase", EngineStatus.Phase.RESUMING)
			.containsEntry("resumed", 3)
			.containsEntry("toResume", 10);
	}

	@Test
	void pagesShowHowManyCasesAreResumedWhileTheEngineStarts() throws Exception {
		StartingPageFilter filter = new StartingPageFilter(resuming(3, 10), this.page);
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(new MockHttpServletRequest("GET", "/login"), response, chain);

		assertThat(chain.getRequest()).as("the login page is not reached").isNull();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After"))
			.isEqualTo(String.valueOf(StartingPageFilter.RETRY_AFTER.toSeconds()));
		assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'none'");
		assertThat(response.getContentAsString()).contains("系统正在启动").contains("已恢复 3 / 10 件");
	}

	@Test
	void theStartingPageSpeaksTheChosenLanguage() throws Exception {
		StartingPageFilter filter = new StartingPageFilter(resuming(7, 12), this.page);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/tasks/5/decide");
		request.setCookies(new Cookie("fairflow-lang", "en"));
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(request, response, new MockFilterChain());

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).contains("The portal is starting").contains("7 of 12 resumed");
	}

	@Test
	void requestsDuringAnEngineRenewalGetAOneMomentPage() throws Exception {
		EngineStatus renewing = new EngineStatus();
		renewing.ready();
		renewing.renewing();
		StartingPageFilter filter = new StartingPageFilter(renewing, this.page);
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(new MockHttpServletRequest("GET", "/tasks"), response, chain);

		assertThat(chain.getRequest()).isNull();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).contains("请稍候").contains("流程引擎正在换新").doesNotContain("系统正在启动");
	}

	@Test
	void healthAndStaticFilesPassWhileTheEngineStarts() throws Exception {
		StartingPageFilter filter = new StartingPageFilter(resuming(0, 1), this.page);
		for (String path : new String[] { "/actuator/health/readiness", "/css/portal.css", "/verify/abc.def" }) {
			MockFilterChain chain = new MockFilterChain();

			filter.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);

			assertThat(chain.getRequest()).as(path).isNotNull();
		}
	}

	@Test
	void pagesOpenOnceTheEngineIsReady() throws Exception {
		EngineStatus ready = resuming(1, 1);
		ready.ready();
		MockFilterChain chain = new MockFilterChain();

		new StartingPageFilter(ready, this.page).doFilter(new MockHttpServletRequest("GET", "/login"),
				new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isNotNull();
	}

	private static EngineStatus resuming(int resumed, int total) {
		EngineStatus status = new EngineStatus();
		status.resuming(total);
		for (int i = 0; i < resumed; i++) {
			status.caseResumed(true);
		}
		return status;
	}

}
