package org.fairflow.portal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers and the session cookie's attributes on real responses of the real
 * server (the cookie's SameSite is written by Tomcat, which MockMvc does not run).
 */
@PortalTest
class SecurityHeadersHttpTest {

	private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

	@LocalServerPort
	int port;

	@Test
	void pagesCarryTheContentSecurityPolicyAndTheReferrerPolicy() throws Exception {
		for (String path : new String[] { "/login", "/register", "/verify/nothing" }) {
			HttpResponse<String> response = get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).contains(POLICY);
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
				.contains("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
		}
	}

	@Test
	void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
		HttpResponse<String> response = get("/login");

		String cookie = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
	}

	@Test
	void thePagesScriptIsServedToAnybody() throws Exception {
		HttpResponse<String> script = get("/js/portal.js");

		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("data-confirm");
		assertThat(get("/login").body()).contains("/js/portal.js");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
