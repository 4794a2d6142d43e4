package org.fairflow.portal.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import java.util.concurrent.locks.LockSupport;

import org.fairflow.portal.external.PortalSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P3 of issue 14: a registration surge. The portal (PostgreSQL, {@code -Xmx1g}) gets
 * {@code fairflow.bench.surge} registrations (default 10,000) within
 * {@code fairflow.bench.surge-seconds} (default 60) at an even rate, each from a browser
 * of its own, whether or not earlier ones were answered yet (registration i is sent at
 * start + i × period). Each answer is accepted (302 to {@code /login?registered}),
 * cleanly refused (429 or 503 with a page) or an error (any other status, a time-out
 * after {@code fairflow.bench.timeout-seconds}, default 30, a connection error). Then the
 * backlog drains: every accepted unit must get its approval SMS and e-mail within
 * {@code fairflow.bench.drain-minutes} (default 15). Reports the counts, the drain time
 * and the portal's peak heap; asserts no error and nothing lost.
 */
class RegistrationSurgeBench {

	private static final int SURGE = Integer.getInteger("fairflow.bench.surge", 10_000);

	private static final Duration WINDOW = Duration.ofSeconds(Integer.getInteger("fairflow.bench.surge-seconds", 60));

	private static final Duration TIMEOUT = Duration
		.ofSeconds(Integer.getInteger("fairflow.bench.timeout-seconds", 30));

	private static final Duration DRAIN = Duration.ofMinutes(Integer.getInteger("fairflow.bench.drain-minutes", 15));

	@TempDir
	Path work;

	@Test
	void registrationSurge() throws Exception {
		Set<Integer> accepted = ConcurrentHashMap.newKeySet();
		Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
		Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
		Map<String, String> errorSamples = new ConcurrentHashMap<>();
		Path gcLog = BenchPortal.logs().resolve("p3-gc.log");
		Files.deleteIfExists(gcLog);
		BenchPortal bench = BenchPortal.onPostgreSql("p3-postgresql", this.work,
				List.of("-Xmx1g", HeapWatch.gcLogOption(gcLog)), Duration.ofMillis(500));
		Duration firing;
		Duration drain = null;
		List<Integer> lost;
		boolean diedDuringRun;
		HeapWatch heap;
		try (bench) {
			bench.portal.start();
			heap = new HeapWatch(bench.portal.pid(), gcLog, Duration.ofSeconds(2));
			try (heap) {
				firing = fire(bench, accepted, refused, errors, errorSamples);
				Instant fired = Instant.now();
				Instant lastApproval = bench.approvals.await(accepted, DRAIN);
				if (lastApproval != null) {
					drain = Duration.between(fired, lastApproval);
					drain = drain.isNegative() ? Duration.ZERO : drain;
				}
				lost = bench.approvals.missing(accepted);
				diedDuringRun = !bench.portal.isAlive();
			}
		}
		// The GC log is complete once the portal stopped.
		long peakBeforeGc = heap.peakBeforeCollectionMiB();
		Map<String, String> statuses = bench.unitStatuses();
		long notApprovedInDatabase = accepted.stream()
			.filter((unit) -> !"APPROVED".equals(statuses.get(AutoApprovals.creditCode(unit))))
			.count();

		int refusedCount = refused.values().stream().mapToInt(AtomicInteger::get).sum();
		int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
		BenchReport report = new BenchReport("P3 registration surge, " + SURGE + " registrations in "
				+ WINDOW.toSeconds() + " s, open loop (PostgreSQL, -Xmx1g)");
		report.row("registrations sent", String.valueOf(SURGE), "–", "–");
		report.row("sending took (planned " + WINDOW.toSeconds() + " s)", seconds(firing), "–", "–");
		report.row("accepted (302 to /login?registered)", String.valueOf(accepted.size()),
				BenchReport.ratio(accepted.size() / (double) SURGE), "–");
		report.row("cleanly refused (429/503 with a page)", (refusedCount + " " + counts(refused)).strip(),
				BenchReport.ratio(refusedCount / (double) SURGE), "–");
		report.row("errors (other status, time-out, connection)", (errorCount + " " + counts(errors)).strip(), "–",
				"0");
		report.row("lost (accepted, no approval SMS and e-mail within " + DRAIN.toMinutes() + " min)",
				String.valueOf(lost.size()), "–", "0");
		report.row("accepted but not APPROVED in the database", String.valueOf(notApprovedInDatabase), "–", "0");
		report.row("drain time (last answer to last approval)", (drain == null) ? "not drained" : seconds(drain), "–",
				"–");
		report.row("peak heap used by the portal (GC log: before a collection)", peakBeforeGc + " MiB", "–",
				"< 1024 MiB");
		report.row("peak heap used by the portal (jcmd GC.heap_info, " + heap.samples() + " samples every 2 s)",
				heap.peakSampledMiB() + " MiB", "–", "< 1024 MiB");
		report.row("portal alive at the end", String.valueOf(!diedDuringRun), "–", "true");
		report.note("Each registration is the page (GET /register) and the multipart post, as a browser sends them;"
				+ " time-out " + TIMEOUT.toSeconds() + " s. Twilio stub answering at once, GreenMail.");
		report.note("The load generator runs on the same machine as the portal and shares its cores.");
		if (!errorSamples.isEmpty()) {
			report.note("First answer of each error kind: " + errorSamples);
		}
		if (heap.failure() != null) {
			report.note("jcmd: " + heap.failure());
		}
		report.write();
		if (errorCount > 0 || !lost.isEmpty() || diedDuringRun) {
			System.out.println("Portal log excerpt (" + bench.portal.log() + "):\n" + bench.logExcerpt(60));
		}

		assertThat(diedDuringRun).as("the portal fell over during the surge").isFalse();
		assertThat(errors).as("errors: " + errorSamples).isEmpty();
		assertThat(lost).as("accepted units never approved within " + DRAIN).isEmpty();
		assertThat(notApprovedInDatabase).as("accepted units not APPROVED in the database").isZero();
	}

	/**
	 * Sends the registrations at an even rate, each from a browser of its own, without
	 * waiting for earlier answers (an open-loop surge, as thousands of people would send
	 * them); returns how long it took until the last answer.
	 */
	private static Duration fire(BenchPortal bench, Set<Integer> accepted, Map<String, AtomicInteger> refused,
			Map<String, AtomicInteger> errors, Map<String, String> errorSamples) throws Exception {
		long periodNanos = WINDOW.toNanos() / SURGE;
		long start = System.nanoTime() + Duration.ofMillis(200).toNanos();
		AtomicLong lastAnswer = new AtomicLong(start);
		HttpClient shared = PortalSession.client();
		try (ExecutorService browsers = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> running = new ArrayList<>();
			for (int unit = 0; unit < SURGE; unit++) {
				long sendAt = start + unit * periodNanos;
				int number = unit;
				long wait = sendAt - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				running.add(browsers.submit(() -> {
					PortalSession session = new PortalSession(bench.portal.baseUrl(), TIMEOUT, shared);
					classify(session, number, accepted, refused, errors, errorSamples);
					lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
					return null;
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		return Duration.ofNanos(lastAnswer.get() - start);
	}

	private static void classify(PortalSession session, int unit, Set<Integer> accepted,
			Map<String, AtomicInteger> refused, Map<String, AtomicInteger> errors, Map<String, String> samples) {
		String error;
		try {
			AutoApprovals.Answer answer = AutoApprovals.register(session, unit);
			if (answer.accepted()) {
				accepted.add(unit);
				return;
			}
			String where = answer.page() ? "GET " : "POST ";
			int status = answer.status();
			if ((status == 429 || status == 503) && answer.body() != null && !answer.body().isBlank()) {
				refused.computeIfAbsent(where + status, (k) -> new AtomicInteger()).incrementAndGet();
				return;
			}
			error = where + status + ((status == 200) ? " (form shown again)" : "");
			samples.putIfAbsent(error, abbreviate(answer.body()));
		}
		catch (HttpTimeoutException ex) {
			error = "time-out";
			samples.putIfAbsent(error, ex.toString());
		}
		catch (IOException | RuntimeException ex) {
			error = ex.getClass().getSimpleName();
			samples.putIfAbsent(error, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		errors.computeIfAbsent(error, (k) -> new AtomicInteger()).incrementAndGet();
	}

	private static String abbreviate(String body) {
		if (body == null) {
			return "";
		}
		String text = body.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	private static String counts(Map<String, AtomicInteger> counts) {
		if (counts.isEmpty()) {
			return "";
		}
		Map<String, Integer> sorted = new TreeMap<>();
		counts.forEach((k, v) -> sorted.put(k, v.get()));
		return sorted.toString();
	}

	private static String seconds(Duration duration) {
		return BenchReport.number(duration.toMillis() / 1000.0) + " s";
	}

}
