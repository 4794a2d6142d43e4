package org.fairflow.workers.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for api.twilio.com on a free loopback port: records what the real SDK sends,
 * keeps the messages it accepts and lists them the way Twilio does (GET
 * {@code .../Messages.json} with {@code To}, {@code From} and {@code DateSent} filters,
 * newest first, paged), all with Twilio's JSON shapes. Requests are served concurrently,
 * so that one held request does not hold the others.
 */
final class TwilioStub implements AutoCloseable {

	record Received(String method, String path, String authorization, String contentType, Map<String, String> form,
			Map<String, String> query) {
	}

	/**
	 * A message as Twilio keeps it.
	 *
	 * @param dateSent null while Twilio has not handed it to the carrier (queued)
	 */
	record StubMessage(String sid, String to, String from, String messagingServiceSid, String body, Instant dateCreated,
			Instant dateSent) {

		String status() {
			return (this.dateSent != null) ? "sent" : "queued";
		}

	}

	/**
	 * Holds requests of one method: each is recorded (and a POST's message kept) before
	 * it waits for {@link #release()}.
	 */
	static final class Gate {

		private final CountDownLatch arrived = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		boolean awaitArrival() throws InterruptedException {
			return this.arrived.await(10, TimeUnit.SECONDS);
		}

		void release() {
			this.released.countDown();
		}

		private void pass() {
			this.arrived.countDown();
			try {
				this.released.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	/** Twilio's RFC 2822 times, as the SDK parses them. */
	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
		.withZone(ZoneOffset.UTC);

	private static final String API = "/2010-04-01/";

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final List<StubMessage> messages = new CopyOnWriteArrayList<>();

	private volatile int status = 201;

	private volatile String answer;

	private volatile int readStatus;

	private volatile boolean queueAccepted;

	private volatile int maxPageSize = 1000;

	private volatile long delayMillis;

	private volatile boolean dropPostAnswers;

	private volatile Gate postGate;

	private volatile Gate readGate;

	TwilioStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
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

	/** Answers every further list request with this error status. */
	void failReads(int status) {
		this.readStatus = status;
	}

	/**
	 * Keeps accepted messages queued ({@code date_sent} null), as Twilio does until the
	 * carrier has them.
	 */
	void queueAccepted() {
		this.queueAccepted = true;
	}

	/** Pages hold at most this many messages, whatever the client asks for. */
	void maxPageSize(int size) {
		this.maxPageSize = size;
	}

	/** Every further request is answered this much later (a slow provider). */
	void delay(long millis) {
		this.delayMillis = millis;
	}

	/**
	 * Keeps further POSTed messages but closes the connection instead of answering: the
	 * caller cannot tell whether Twilio has its message.
	 */
	void dropPostAnswers() {
		this.dropPostAnswers = true;
	}

	/** Holds the next POSTs after their message is kept, until the gate is released. */
	Gate holdPosts() {
		Gate gate = new Gate();
		this.postGate = gate;
		return gate;
	}

	/** Holds the next list requests, until the gate is released. */
	Gate holdReads() {
		Gate gate = new Gate();
		this.readGate = gate;
		return gate;
	}

	/** A message Twilio holds already, such as one sent by an attempt that then died. */
	String holds(String to, String from, String body, Instant dateCreated, Instant dateSent) {
		String sid = sid();
		this.messages.add(new StubMessage(sid, to, from, null, body, dateCreated, dateSent));
		return sid;
	}

	List<Received> received() {
		return this.received;
	}

	List<Received> posts() {
		return this.received.stream().filter((request) -> "POST".equals(request.method())).toList();
	}

	List<Received> reads() {
		return this.received.stream().filter((request) -> "GET".equals(request.method())).toList();
	}

	List<StubMessage> messages() {
		return this.messages;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> form = parseForm(body);
			Map<String, String> query = parseForm(
					(exchange.getRequestURI().getRawQuery() != null) ? exchange.getRequestURI().getRawQuery() : "");
			String method = exchange.getRequestMethod();
			this.received.add(new Received(method, exchange.getRequestURI().getRawPath(),
					exchange.getRequestHeaders().getFirst("Authorization"),
					exchange.getRequestHeaders().getFirst("Content-Type"), form, query));
			pause();
			int code = this.status;
			String response;
			if (this.answer != null) {
				response = this.answer;
			}
			else if ("GET".equals(method)) {
				pass(this.readGate);
				code = (this.readStatus != 0) ? this.readStatus : 200;
				response = (this.readStatus != 0) ? error(this.readStatus) : list(exchange, query);
			}
			else {
				StubMessage message = accept(form);
				pass(this.postGate);
				if (this.dropPostAnswers) {
					exchange.close();
					return;
				}
				response = resource(message, account(exchange));
			}
			byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
			exchange.sendResponseHeaders(code, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private void pause() {
		if (this.delayMillis > 0) {
			try {
				Thread.sleep(this.delayMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static void pass(Gate gate) {
		if (gate != null) {
			gate.pass();
		}
	}

	private StubMessage accept(Map<String, String> form) {
		Instant now = Instant.now();
		StubMessage message = new StubMessage(sid(), form.get("To"), form.get("From"), form.get("MessagingServiceSid"),
				form.getOrDefault("Body", ""), now, this.queueAccepted ? null : now);
		this.messages.add(message);
		return message;
	}

	/**
	 * The list resource: Twilio compares {@code DateSent} by day (UTC), and a message
	 * without {@code date_sent} matches no DateSent filter. {@code DateSent>} and
	 * {@code DateSent>=} mean on or after that day's midnight (the SDK sends the former
	 * as the parameter name, Twilio documents the latter), likewise {@code <}.
	 */
	private String list(HttpExchange exchange, Map<String, String> query) {
		Predicate<StubMessage> filter = (message) -> true;
		if (query.containsKey("To")) {
			filter = filter.and((message) -> query.get("To").equals(message.to()));
		}
		if (query.containsKey("From")) {
			filter = filter.and((message) -> query.get("From").equals(message.from()));
		}
		for (Map.Entry<String, String> parameter : query.entrySet()) {
			if (parameter.getKey().startsWith("DateSent")) {
				filter = filter.and(dateSent(parameter.getKey().substring("DateSent".length()), parameter.getValue()));
			}
		}
		List<StubMessage> matching = this.messages.stream()
			.filter(filter)
			.sorted(Comparator.comparing(StubMessage::dateCreated).reversed())
			.toList();
		int size = Math.min(this.maxPageSize, Integer.parseInt(query.getOrDefault("PageSize", "50")));
		int page = Integer.parseInt(query.getOrDefault("Page", "0"));
		int start = Math.min(page * size, matching.size());
		int end = Math.min(start + size, matching.size());
		String path = exchange.getRequestURI().getRawPath();
		String uri = path.substring(path.indexOf(API));
		String account = account(exchange);
		String records = matching.subList(start, end)
			.stream()
			.map((message) -> resource(message, account))
			.collect(Collectors.joining(", "));
		String next = (end < matching.size()) ? quoted(pageUri(uri, query, page + 1, size, matching.get(end - 1).sid()))
				: "null";
		String previous = (page > 0) ? quoted(pageUri(uri, query, page - 1, size, null)) : "null";
		return """
				{"messages": [%s], "uri": "%s", "first_page_uri": "%s", "next_page_uri": %s,
				 "previous_page_uri": %s, "page": %d, "page_size": %d, "start": %d, "end": %d}
				""".formatted(records, pageUri(uri, query, page, size, null), pageUri(uri, query, 0, size, null), next,
				previous, page, size, start, Math.max(start, end - 1));
	}

	private static Predicate<StubMessage> dateSent(String operator, String value) {
		LocalDate day = LocalDate.parse(value.substring(0, 10));
		return (message) -> {
			if (message.dateSent() == null) {
				return false;
			}
			LocalDate sent = message.dateSent().atZone(ZoneOffset.UTC).toLocalDate();
			return switch (operator) {
				case ">", ">=" -> !sent.isBefore(day);
				case "<", "<=" -> !sent.isAfter(day);
				default -> sent.equals(day);
			};
		};
	}

	private static String pageUri(String uri, Map<String, String> query, int page, int size, String lastSid) {
		Map<String, String> parameters = new LinkedHashMap<>(query);
		parameters.put("PageSize", Integer.toString(size));
		parameters.put("Page", Integer.toString(page));
		parameters.remove("PageToken");
		if (lastSid != null) {
			parameters.put("PageToken", "PA" + lastSid);
		}
		return uri + "?"
				+ parameters.entrySet()
					.stream()
					.map((parameter) -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
					.collect(Collectors.joining("&"));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String account(HttpExchange exchange) {
		return exchange.getRequestURI().getRawPath().replaceAll(".*/Accounts/([^/]+)/.*", "$1");
	}

	/** Unique across stubs, as the database outlives every one of them. */
	private static String sid() {
		return "SM" + UUID.randomUUID().toString().replace("-", "");
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

	/** A message resource, shaped like Twilio's answer to a create or in a list. */
	private static String resource(StubMessage message, String account) {
		return """
				{"account_sid": "%s", "api_version": "2010-04-01", "body": %s,
				 "date_created": "%s", "date_sent": %s,
				 "date_updated": "%s", "direction": "outbound-api",
				 "error_code": null, "error_message": null, "from": %s, "messaging_service_sid": %s,
				 "num_media": "0", "num_segments": "1", "price": null, "price_unit": "USD", "sid": "%s",
				 "status": "%s", "to": %s,
				 "subresource_uris": {"media": "/2010-04-01/Accounts/%s/Messages/%s/Media.json"},
				 "uri": "/2010-04-01/Accounts/%s/Messages/%s.json"}
				""".formatted(account, quoted(message.body()), RFC_2822.format(message.dateCreated()),
				(message.dateSent() != null) ? quoted(RFC_2822.format(message.dateSent())) : "null",
				RFC_2822.format(message.dateCreated()), quoted(message.from()), quoted(message.messagingServiceSid()),
				message.sid(), message.status(), quoted(message.to()), account, message.sid(), account, message.sid());
	}

	private static String error(int status) {
		return """
				{"code": 20500, "message": "Internal Server Error", "more_info": "https://www.twilio.com/docs/errors/20500",
				 "status": %d}
				"""
			.formatted(status);
	}

	private static String quoted(String value) {
		if (value == null) {
			return "null";
		}
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
