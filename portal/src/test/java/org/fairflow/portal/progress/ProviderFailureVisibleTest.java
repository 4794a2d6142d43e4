package org.fairflow.portal.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.notification.MessageStatus;
import org.fairflow.workers.notification.Notifications;
import org.fairflow.workers.notification.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The real Twilio SDK against a local stand-in for its API that first refuses: the
 * failure is shown on the applicant's progress page, the engine retries, and the SMS is
 * accepted once.
 */
@PortalTest
@AutoConfigureMockMvc
class ProviderFailureVisibleTest {

	private static final HttpServer TWILIO = twilio();

	private static final AtomicInteger ACCEPTED = new AtomicInteger();

	private static volatile boolean failing = true;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Notifications notifications;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		// A schema of its own, next to the run's (parallel checkouts use other ones).
		registry.add("fairflow.test.schema",
				() -> System.getenv().getOrDefault("FAIRFLOW_TEST_SCHEMA", "portal_test") + "_notify");
		registry.add("fairflow.engine.retry-backoff", () -> "PT1S");
		registry.add("fairflow.sms.twilio.account-sid", () -> "AC00000000000000000000000000000000");
		registry.add("fairflow.sms.twilio.auth-token", () -> "test-token");
		registry.add("fairflow.sms.twilio.from", () -> "+15005550006");
		registry.add("fairflow.sms.twilio.base-url", () -> "http://127.0.0.1:" + TWILIO.getAddress().getPort());
	}

	@AfterAll
	static void stopStub() {
		TWILIO.stop(0);
	}

	@Test
	void failedSmsIsShownToTheApplicantAndSentOnceWhenTheProviderRecovers() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.ENTERPRISE, tree.sub());
		String caseId = this.fixtures.register(form);

		SentMessage failed = awaitSms(caseId, MessageStatus.FAILED);
		assertThat(failed.lastError()).isNotBlank().doesNotContain("13912345678");
		this.mvc.perform(get("/progress/" + caseId).with(user(this.fixtures.user(form.getCreditCode()))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-status=\"FAILED\"")))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13912345678"))));

		failing = false;
		SentMessage sent = awaitSms(caseId, MessageStatus.SENT);

		assertThat(sent.attempts()).isGreaterThanOrEqualTo(2);
		assertThat(sent.provider()).isEqualTo("twilio");
		this.fixtures.awaitClosed(caseId);
		assertThat(ACCEPTED.get()).isEqualTo(1);
	}

	private SentMessage awaitSms(String caseId, MessageStatus status) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.notifications.forCase(caseId)
				.stream()
				.filter((m) -> "Task_SmsApproved".equals(m.elementId()) && m.status() == status)
				.findFirst()
				.orElse(null), (m) -> m != null);
	}

	private static HttpServer twilio() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/", ProviderFailureVisibleTest::answer);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void answer(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			in.readAllBytes();
		}
		String body;
		int code;
		if (failing) {
			code = 503;
			body = "{\"code\": 20503, \"message\": \"Service unavailable\", \"status\": 503}";
		}
		else {
			code = 201;
			int n = ACCEPTED.incrementAndGet();
			body = """
					{"account_sid": "AC00000000000000000000000000000000", "api_version": "2010-04-01",
					 "body": "ok", "direction": "outbound-api", "num_segments": "1", "sid": "SM%032d",
					 "status": "queued", "to": "+8613912345678", "from": "+15005550006"}""".formatted(n);
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(code, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
