package org.fairflow.portal.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairflow.portal.external.Licences;
import org.fairflow.portal.external.PortalSession;
import org.fairflow.workers.registry.CreditCode;

/**
 * Drives the portal down the auto-approval path: units of kind {@code ENTERPRISE} in
 * Pudong register through the real {@code /register} form (page, then multipart post with
 * a licence), their credit code is verified by the simulated registry and the decision
 * {@code unit-auto-verification} approves them (rule R1: enterprise, code verified), and
 * each gets the approval SMS and e-mail. Registers from {@value #THREADS} threads.
 */
final class AutoApprovals {

	static final int THREADS = 8;

	static final String PASSWORD = "Bench-Auto-Approval-2026";

	private static final Pattern PUDONG = Pattern.compile("<option value=\"(\\d+)\"[^>]*>[^<]*浦东");

	/**
	 * A few licence pictures, made once: the load generator shares the portal's cores.
	 */
	private static final byte[][] LICENCES = new byte[16][];

	/**
	 * What the portal answered one registration.
	 *
	 * @param status the HTTP status of the post (or of the page, when that was refused)
	 * @param accepted whether it acknowledged the registration (302 to
	 * {@code /login?registered})
	 * @param page whether the answer came to the registration page already (no post)
	 * @param body the answer's text
	 */
	record Answer(int status, boolean accepted, boolean page, String body) {
	}

	/**
	 * One measured batch.
	 *
	 * @param units units registered
	 * @param acknowledged units the portal acknowledged
	 * @param statuses answers to the registration posts by HTTP status (-1: no answer)
	 * @param registering from the first registration to the last acknowledgement
	 * @param elapsed from the first registration to the last unit with both messages
	 * (null: not all approved within the bound)
	 * @param missing acknowledged units without both messages at the bound
	 */
	record Batch(int units, Set<Integer> acknowledged, Map<Integer, Integer> statuses, Duration registering,
			Duration elapsed, List<Integer> missing) {

		double unitsPerSecond() {
			return (this.elapsed == null) ? 0 : this.acknowledged.size() / seconds(this.elapsed);
		}

		double registrationsPerSecond() {
			return this.acknowledged.size() / seconds(this.registering);
		}

		long serverErrors() {
			return this.statuses.entrySet()
				.stream()
				.filter((e) -> e.getKey() >= 500 || e.getKey() < 0)
				.mapToLong(Map.Entry::getValue)
				.sum();
		}

		private static double seconds(Duration duration) {
			return Math.max(1, duration.toNanos()) / 1e9;
		}

	}

	private final String baseUrl;

	private final Approvals approvals;

	AutoApprovals(String baseUrl, Approvals approvals) {
		this.baseUrl = baseUrl;
		this.approvals = approvals;
	}

	/**
	 * Registers units {@code first} to {@code first + count - 1} from {@value #THREADS}
	 * threads and waits up to {@code bound} until each has its approval SMS and e-mail.
	 */
	Batch run(int first, int count, Duration bound) throws Exception {
		Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		AtomicInteger next = new AtomicInteger(first);
		AtomicLong lastAcknowledged = new AtomicLong();
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		Instant start = Instant.now();
		long startNanos = System.nanoTime();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				running.add(threads.submit(() -> {
					PortalSession session = new PortalSession(this.baseUrl);
					for (int unit = next.getAndIncrement(); unit < first + count; unit = next.getAndIncrement()) {
						int status;
						try {
							Answer answer = register(session, unit);
							status = answer.status();
							if (answer.accepted()) {
								acknowledged.add(unit);
								lastAcknowledged.accumulateAndGet(System.nanoTime(), Math::max);
							}
						}
						catch (IOException ex) {
							status = -1;
						}
						statuses.computeIfAbsent(status, (s) -> new AtomicInteger()).incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		Duration registering = Duration.ofNanos(Math.max(1, lastAcknowledged.get() - startNanos));
		Instant last = this.approvals.await(acknowledged, bound);
		Map<Integer, Integer> answers = new TreeMap<>();
		statuses.forEach((status, n) -> answers.put(status, n.get()));
		return new Batch(count, Set.copyOf(acknowledged), answers, registering,
				(last == null) ? null : Duration.between(start, last), this.approvals.missing(acknowledged));
	}

	/**
	 * Registers one unit as a browser does: the page (its CSRF token, Pudong's option),
	 * then the form with the licence.
	 */
	static Answer register(PortalSession session, int unit) throws IOException, InterruptedException {
		HttpResponse<String> page = session.get("/register");
		if (page.statusCode() != 200) {
			return new Answer(page.statusCode(), false, true, page.body());
		}
		Matcher pudong = PUDONG.matcher(page.body());
		if (!pudong.find()) {
			throw new IllegalStateException("The registration page offers no Pudong sub-delegation");
		}
		Map<String, List<String>> fields = new HashMap<>();
		fields.put("_csrf", List.of(PortalSession.csrfOf(page.body())));
		fields.put("creditCode", List.of(creditCode(unit)));
		fields.put("category", List.of("ENTERPRISE"));
		fields.put("nameZh", List.of("基准测试企业" + unit));
		fields.put("nameEn", List.of("Bench enterprise " + unit));
		fields.put("address", List.of("上海市浦东新区基准路 " + unit + " 号"));
		fields.put("contactName", List.of("测试联络人"));
		fields.put("contactMobile", List.of(mobile(unit)));
		fields.put("contactEmail", List.of(email(unit)));
		fields.put("organisationId", List.of(pudong.group(1)));
		fields.put("productAreas", List.of("FOOD_AGRI"));
		fields.put("plannedImportAmount", List.of("10"));
		fields.put("password", List.of(PASSWORD));
		fields.put("passwordConfirm", List.of(PASSWORD));
		HttpResponse<String> answer = session.postMultipart("/register", fields, "licence", "licence.png",
				licence(unit));
		boolean accepted = answer.statusCode() == 302
				&& answer.headers().firstValue("Location").orElse("").contains("registered");
		return new Answer(answer.statusCode(), accepted, false, answer.body());
	}

	/** An enterprise's code in Pudong (region 310115): auto-approved by rule R1. */
	static String creditCode(int unit) {
		return CreditCode.withCheckCharacter("91" + "3101150" + "%08d".formatted(unit));
	}

	static String mobile(int unit) {
		return "+86139" + "%08d".formatted(unit);
	}

	static String email(int unit) {
		return "bench" + unit + "@example.com";
	}

	private static byte[] licence(int unit) {
		int slot = unit % LICENCES.length;
		synchronized (LICENCES) {
			if (LICENCES[slot] == null) {
				LICENCES[slot] = Licences.png(slot);
			}
			return LICENCES[slot];
		}
	}

}
