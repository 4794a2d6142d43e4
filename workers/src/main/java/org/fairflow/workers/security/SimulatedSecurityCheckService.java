package org.fairflow.workers.security;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A SIMULATION of the public-security identity check (公安审核): it calls no outside service
 * and knows nobody.
 *
 * <p>
 * Every request is answered once, asynchronously, after
 * {@code fairflow.security-check.simulated.delay} (default {@code PT5S}) on the
 * simulation's own scheduler thread: an identity whose document number is on
 * {@code fairflow.security-check.simulated.watch-list} fails, every other one passes.
 *
 * <p>
 * Idempotency: requests are remembered <b>in memory</b>, keyed {@code caseId/round}; a
 * repeated request neither starts a second check nor answers again. A restart forgets
 * them, so a request made again after a restart is checked and answered again. The
 * process tolerates that: a resumed case re-runs {@code request-security-check}, and an
 * answer for a case that no longer waits for it is ignored by the engine.
 */
class SimulatedSecurityCheckService implements SecurityCheckService, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SimulatedSecurityCheckService.class);

	static final String WATCH_LIST_REASON = "SIMULATION: document number is on the watch list / 模拟：证件号码在关注名单上";

	private final Duration delay;

	private final Set<String> watchList;

	private final ObjectProvider<SecurityCheckListener> listeners;

	private final Map<String, Boolean> requested = new ConcurrentHashMap<>();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "simulated-security-check");
		thread.setDaemon(true);
		return thread;
	});

	SimulatedSecurityCheckService(Duration delay, Collection<String> watchList,
			ObjectProvider<SecurityCheckListener> listeners) {
		this.delay = delay;
		this.watchList = watchList.stream()
			.map(SimulatedSecurityCheckService::normalise)
			.filter((number) -> !number.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		this.listeners = listeners;
		log.warn(
				"Security check is a SIMULATION of the public-security identity check: every identity passes after {} "
						+ "unless its document number is on the watch list ({} number(s))",
				delay, this.watchList.size());
	}

	@Override
	public void request(SecurityCheckRequest request) {
		if (this.requested.putIfAbsent(request.key(), Boolean.TRUE) != null) {
			log.info("Security check {} was requested before; not started again", request.key());
			return;
		}
		boolean watched = this.watchList.contains(normalise(request.documentNumber()));
		SecurityCheckAnswer answer = new SecurityCheckAnswer(request.caseId(), request.round(), !watched,
				watched ? WATCH_LIST_REASON : null);
		log.info("SIMULATED security check {} requested ({}); answers in {}", request.key(), request, this.delay);
		this.scheduler.schedule(() -> answer(answer), this.delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void answer(SecurityCheckAnswer answer) {
		String key = answer.caseId() + "/" + answer.round();
		try {
			SecurityCheckListener listener = this.listeners.getIfAvailable();
			if (listener == null) {
				log.warn("SIMULATED security check {} answered passed={}, but no SecurityCheckListener is there to "
						+ "receive it", key, answer.passed());
				return;
			}
			listener.answered(answer);
			log.info("SIMULATED security check {} answered passed={}", key, answer.passed());
		}
		catch (RuntimeException ex) {
			log.warn("SIMULATED security check {}: the listener failed on the answer", key, ex);
		}
	}

	private static String normalise(String documentNumber) {
		return (documentNumber != null) ? documentNumber.strip().toUpperCase(Locale.ROOT) : "";
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
	}

}
