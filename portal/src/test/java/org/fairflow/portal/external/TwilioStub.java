package org.fairflow.portal.external;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Twilio Messages API on a loopback port. It may be slow the way a provider under load
 * is: a message is accepted (and will be delivered) as soon as the request arrives, but
 * the answer comes a random delay later (the chaos test: 0.3 to 0.5 s, so a portal killed
 * meanwhile never learns the outcome). Lists messages by recipient and date sent, as
 * Twilio does, for reconciliation.
 */
public final class TwilioStub implements AutoCloseable {

	/**
	 * One message the provider accepted.
	 *
	 * @param sid the provider's id
	 * @param to the recipient (E.164)
	 * @param body the text
	 * @param at when the request arrived
	 */
	public record Accepted(String sid, String to, String body, Instant at) {
	}

	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
			Locale.ENGLISH);

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(32);

	private final List<Accepted> accepted = new CopyOnWriteArrayList<>();

	private final AtomicInteger sequence = new AtomicInteger();

	private final long fastestMillis;

	private final long slowestMillis;

	/**
	 * A provider that answers each message after a random delay between fastest and
	 * slowest; {@code (0, 0)} answers at once.
	 */
	public TwilioStub(Duration fastest, Duration slowest) throws IOException {
		if (fastest.isNegative() || slowest.compareTo(fastest) < 0) {
			throw new IllegalArgumentException("delay range " + fastest + ".." + slowest);
		}
		this.fastestMillis = fastest.toMillis();
		this.slowestMillis = slowest.toMillis();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public List<Accepted> accepted() {
		return List.copyOf(this.accepted);
	}

	/** How many messages the provider accepted so far. */
	public int acceptedCount() {
		return this.accepted.size();
	}

	/** Texts that reached one recipient more than once: what must never happen. */
	public Map<String, Long> duplicates() {
		return this.accepted.stream()
			.collect(Collectors.groupingBy((m) -> m.to() + " " + m.body(), Collectors.counting()))
			.entrySet()
			.stream()
			.filter((e) -> e.getValue() > 1)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if ("POST".equals(exchange.getRequestMethod())) {
				Map<String, String> form = form(body);
				String sid = "SM%032x".formatted(this.sequence.incrementAndGet());
				Accepted message = new Accepted(sid, form.get("To"), form.get("Body"), Instant.now());
				this.accepted.add(message);
				pause();
				answer(exchange, 201, resource(message, account(exchange)));
			}
			else {
				answer(exchange, 200, list(exchange));
			}
		}
	}

	private void pause() {
		if (this.slowestMillis == 0) {
			return;
		}
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(this.fastestMillis, this.slowestMillis + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * {@code To}, {@code From} and {@code DateSent}, {@code DateSent>},
	 * {@code DateSent<}.
	 */
	private String list(HttpExchange exchange) {
		Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
		String to = query.get("To");
		List<String> resources = new ArrayList<>();
		for (Accepted message : this.accepted) {
			LocalDate sent = message.at().atOffset(ZoneOffset.UTC).toLocalDate();
			if ((to == null || to.equals(message.to())) && matches(query, sent)) {
				resources.add(resource(message, account(exchange)));
			}
		}
		String uri = exchange.getRequestURI().toString();
		return """
				{"messages": [%s], "end": %d, "first_page_uri": "%s", "next_page_uri": null, "page": 0,
				 "page_size": 1000, "previous_page_uri": null, "start": 0, "uri": "%s"}
				""".formatted(String.join(",", resources), Math.max(0, resources.size() - 1), uri, uri);
	}

	private static boolean matches(Map<String, String> query, LocalDate sent) {
		String on = query.get("DateSent");
		String after = query.get("DateSent>");
		String before = query.get("DateSent<");
		return (on == null || sent.equals(date(on))) && (after == null || !sent.isBefore(date(after)))
				&& (before == null || !sent.isAfter(date(before)));
	}

	/** Twilio filters by the day (UTC); the SDK may send a whole timestamp. */
	private static LocalDate date(String value) {
		return LocalDate.parse(value.substring(0, 10));
	}

	private static String resource(Accepted message, String account) {
		String date = RFC_2822.format(message.at().atOffset(ZoneOffset.UTC));
		return """
				{"account_sid": "%s", "api_version": "2010-04-01", "body": %s, "date_created": "%s",
				 "date_sent": "%s", "date_updated": "%s", "direction": "outbound-api", "error_code": null,
				 "error_message": null, "from": "+15005550006", "messaging_service_sid": null, "num_media": "0",
				 "num_segments": "1", "price": null, "price_unit": "USD", "sid": "%s", "status": "sent", "to": "%s",
				 "subresource_uris": {}, "uri": "/2010-04-01/Accounts/%s/Messages/%s.json"}
				""".formatted(account, json(message.body()), date, date, date, message.sid(), message.to(), account,
				message.sid());
	}

	private static String account(HttpExchange exchange) {
		return exchange.getRequestURI().getRawPath().replaceAll(".*/Accounts/([^/]+)/.*", "$1");
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append((c < 0x20) ? "\\u%04x".formatted((int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> form(String encoded) {
		Map<String, String> form = new LinkedHashMap<>();
		if (encoded != null && !encoded.isEmpty()) {
			for (String pair : encoded.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return form;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
