package org.fairflow.portal.external;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's worth of HTTP: cookies, the CSRF token of the last page, no redirects
 * followed (a 302 is how the portal acknowledges a form). Sessions may share one
 * {@link HttpClient} (a surge of thousands of browsers): each keeps its own cookies.
 */
public final class PortalSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient http;

	private final Duration timeout;

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	/** A session whose requests may take up to a minute. */
	public PortalSession(String baseUrl) {
		this(baseUrl, Duration.ofSeconds(60));
	}

	/** A session whose requests fail with {@code HttpTimeoutException} after timeout. */
	public PortalSession(String baseUrl, Duration timeout) {
		this(baseUrl, timeout, client());
	}

	/** A session over a client shared with other sessions (see {@link #client()}). */
	public PortalSession(String baseUrl, Duration timeout, HttpClient http) {
		this.baseUrl = baseUrl;
		this.timeout = timeout;
		this.http = http;
	}

	/** A client that follows no redirects, for one session or many. */
	public static HttpClient client() {
		return HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** The CSRF token of a page. */
	public String csrf(String path) throws IOException, InterruptedException {
		return csrfOf(get(path).body());
	}

	/** The CSRF token in a page's HTML. */
	public static String csrfOf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		List<String> pairs = new ArrayList<>();
		fields.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
	}

	public HttpResponse<String> postMultipart(String path, Map<String, List<String>> fields, String fileField,
			String fileName, byte[] file) throws IOException, InterruptedException {
		String boundary = "----chaos" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, values) -> values.forEach((value) -> write(body, "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: image/png\r\n\r\n");
		body.writeBytes(file);
		write(body, "\r\n--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Logs in; true when the portal accepted the credentials. */
	public boolean login(String username, String password) throws IOException, InterruptedException {
		String token = csrf("/login");
		HttpResponse<String> answer = postForm("/login",
				Map.of("username", username, "password", password, "_csrf", token));
		return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("error");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (!this.cookies.isEmpty()) {
			List<String> pairs = new ArrayList<>();
			this.cookies.forEach((name, value) -> pairs.add(name + "=" + value));
			request.header("Cookie", String.join("; ", pairs));
		}
		HttpResponse<String> response = this.http.send(request.timeout(this.timeout).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		response.headers().allValues("Set-Cookie").forEach(this::remember);
		return response;
	}

	/** Keeps a cookie the portal set, or forgets one it expired. */
	private void remember(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		int equals = pair.indexOf('=');
		if (equals <= 0) {
			return;
		}
		String name = pair.substring(0, equals).strip();
		String value = pair.substring(equals + 1).strip();
		boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
		if (value.isEmpty() || expired) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
