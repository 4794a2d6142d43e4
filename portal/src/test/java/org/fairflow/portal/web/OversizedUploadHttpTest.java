package org.fairflow.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload beyond the server's own limit, through the real server (MockMvc has no upload
 * limit): a page that says so, not an error dump, and nothing stored.
 */
@PortalTest
class OversizedUploadHttpTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLicenceBeyondTheServersUploadLimitGetsAPageThatSaysSo() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Matcher token = CSRF
			.matcher(client.send(request("/register").build(), HttpResponse.BodyHandlers.ofString()).body());
		assertThat(token.find()).isTrue();
		String boundary = "----fairflow" + System.nanoTime();
		long units = this.jdbc.queryForObject("select count(*) from unit", Long.class);

		HttpResponse<String> response = client
			.send(request("/register").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, token.group(1), 11 * 1024 * 1024)))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains(HtmlUtils
			.htmlEscape(this.messages.getMessage("error.uploadTooLarge", null, Locale.SIMPLIFIED_CHINESE)));
		assertThat(this.jdbc.queryForObject("select count(*) from unit", Long.class)).isEqualTo(units);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private static byte[] body(String boundary, String csrf, int licenceBytes) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"licence\"; filename=\"big.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(new byte[licenceBytes]);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

}
