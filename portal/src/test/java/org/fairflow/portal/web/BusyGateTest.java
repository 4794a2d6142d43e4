package org.fairflow.portal.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under a surge, requests beyond what the portal carries are refused at once with a 503
 * page that says nothing was stored, while static files and health keep answering and the
 * slot is free again once the running request ends.
 */
@PortalTest
class BusyGateTest {

	@Autowired
	UnavailablePage page;

	@Test
	void requestsBeyondTheSlotsAreRefusedAtOnceWithAPageSayingNothingWasStored() throws Exception {
		BusyGate gate = new BusyGate(1, 0, Duration.ZERO, Duration.ofSeconds(30), this.page);
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
			try {
				gate.doFilter(new MockHttpServletRequest("POST", "/register"), new MockHttpServletResponse(),
						new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
						}, (Filter) (request, response, chain) -> {
							entered.countDown();
							await(finish);
						}));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

		MockFilterChain refusedChain = new MockFilterChain();
		MockHttpServletResponse refused = new MockHttpServletResponse();
		gate.doFilter(new MockHttpServletRequest("POST", "/register"), refused, refusedChain);
		MockHttpServletResponse page = new MockHttpServletResponse();
		gate.doFilter(new MockHttpServletRequest("GET", "/tasks"), page, new MockFilterChain());
		MockFilterChain styleChain = new MockFilterChain();
		gate.doFilter(new MockHttpServletRequest("GET", "/css/portal.css"), new MockHttpServletResponse(), styleChain);
		MockFilterChain healthChain = new MockFilterChain();
		gate.doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"), new MockHttpServletResponse(),
				healthChain);

		assertThat(refusedChain.getRequest()).as("the refused submission is not run").isNull();
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
		assertThat(refused.getContentAsString()).contains("系统繁忙").contains("没有保存").contains("30 秒");
		assertThat(page.getStatus()).as("a page is refused as well").isEqualTo(503);
		assertThat(styleChain.getRequest()).as("the busy page's styles are served").isNotNull();
		assertThat(healthChain.getRequest()).as("health answers").isNotNull();

		finish.countDown();
		running.get(30, TimeUnit.SECONDS);
		MockFilterChain laterChain = new MockFilterChain();
		gate.doFilter(new MockHttpServletRequest("POST", "/register"), new MockHttpServletResponse(), laterChain);
		assertThat(laterChain.getRequest()).as("the slot is free again").isNotNull();
	}

	@Test
	void theBusyPageSpeaksEnglishToThoseWhoChoseIt() throws Exception {
		BusyGate gate = new BusyGate(0, 0, Duration.ZERO, Duration.ofSeconds(45), this.page);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/tasks/5/decide");
		request.setCookies(new Cookie("fairflow-lang", "en"));
		MockHttpServletResponse response = new MockHttpServletResponse();

		gate.doFilter(request, response, new MockFilterChain());

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).contains("The portal is busy")
			.contains("was not saved")
			.contains("45 seconds");
		assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'none'");
	}

	@Test
	void theBusyPageFollowsTheLanguageAskedForInTheAddressWithoutReadingTheUpload() throws Exception {
		BusyGate gate = new BusyGate(0, 0, Duration.ZERO, Duration.ofSeconds(30), this.page);
		MockHttpServletRequest english = new MockHttpServletRequest("POST", "/register");
		english.setQueryString("x=1&lang=en");
		english.setCookies(new Cookie("fairflow-lang", "zh"));
		english.setContentType("multipart/form-data; boundary=x");
		english.setContent("not a multipart body".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		MockHttpServletResponse englishPage = new MockHttpServletResponse();
		MockHttpServletRequest unknown = new MockHttpServletRequest("GET", "/register");
		unknown.setQueryString("lang=xx%3Cscript%3E");
		MockHttpServletResponse chinesePage = new MockHttpServletResponse();

		gate.doFilter(english, englishPage, new MockFilterChain());
		gate.doFilter(unknown, chinesePage, new MockFilterChain());

		assertThat(englishPage.getContentAsString()).contains("The portal is busy").contains("lang=\"en\"");
		assertThat(chinesePage.getContentAsString()).contains("系统繁忙").doesNotContain("<script");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
