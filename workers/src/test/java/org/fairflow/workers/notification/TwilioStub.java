package org.fairflow.workers.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for api.twilio.com on a free loopback port: records what the real SDK sends
 * and answers with a Twilio-shaped JSON body.
 */
final class TwilioStub implements AutoCloseable {

	record Received(String method, String path, String authorization, String contentType, Map<String, String> form) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile int status = 201;

	private volatile String answer;

	TwilioStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Answers every further request with this status and body. */
	void answer(int status, String body) {
		this.status = status;
		this.answer = body;
	}

	List<Received> received() {
		return this.received;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> form = parseForm(body);
			this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
					exchange.getRequestHeaders().getFirst("Authorization"),
					exchange.getRequestHeaders().getFirst("Content-Type"), form));
			String response = (this.answer != null) ? this.answer : messageResource(exchange, form);
			byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
			exchange.sendResponseHeaders(this.status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private static Map<String, String> parseForm(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		if (!body.isEmpty()) {
			for (String pair : body.split("&")) {
				int eq = pair.indexOf('=');
				form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	/** A queued message resource, shaped like Twilio's answer to a create. */
	private String messageResource(HttpExchange exchange, Map<String, String> form) {
		String path = exchange.getRequestURI().getRawPath();
		String account = path.replaceAll(".*/Accounts/([^/]+)/.*", "$1");
		String sid = "SM" + "%032x".formatted(this.received.size());
		return """
				{"account_sid": "%s", "api_version": "2010-04-01", "body": "%s",
				 "date_created": "Thu, 24 Aug 2023 05:01:45 +0000", "date_sent": null,
				 "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000", "direction": "outbound-api",
				 "error_code": null, "error_message": null, "from": %s, "messaging_service_sid": %s,
				 "num_media": "0", "num_segments": "1", "price": null, "price_unit": "USD", "sid": "%s",
				 "status": "queued", "to": "%s",
				 "subresource_uris": {"media": "/2010-04-01/Accounts/%s/Messages/%s/Media.json"},
				 "uri": "/2010-04-01/Accounts/%s/Messages/%s.json"}
				""".formatted(account, form.getOrDefault("Body", ""), quoted(form.get("From")),
				quoted(form.get("MessagingServiceSid")), sid, form.get("To"), account, sid, account, sid);
	}

	private static String quoted(String value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
