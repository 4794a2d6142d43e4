package org.fairflow.portal.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds what the portal cannot carry. At most {@code concurrent} form submissions (every
 * request that is not a GET, HEAD or OPTIONS: registrations, decisions, uploads,
 * sign-ins) run at once; up to {@code waiting} more wait at most {@code wait} for a free
 * slot; the rest get 503 at once, with {@code Retry-After} and a page saying that nothing
 * was stored. A surge (everyone registering on the last day) then gets quick, clean
 * refusals instead of requests piling up until they time out, and what was accepted is
 * worked off.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BusyGate extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(BusyGate.class);

	/** Cheap and needed to show the busy page itself, or to tell a load balancer. */
	private static final List<String> PASSING = List.of("/actuator/", "/css/", "/js/", "/vendor/", "/webjars/",
			"/favicon.ico");

	private final Semaphore slots;

	private final int maxWaiting;

	private final Duration wait;

	private final Duration retryAfter;

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicLong refused = new AtomicLong();

	private final UnavailablePage page;

	BusyGate(@Value("${fairflow.web.busy.concurrent:16}") int concurrent,
			@Value("${fairflow.web.busy.waiting:64}") int maxWaiting,
			@Value("${fairflow.web.busy.wait:PT2S}") Duration wait,
			@Value("${fairflow.web.busy.retry-after:PT30S}") Duration retryAfter, UnavailablePage page) {
		this.slots = new Semaphore(concurrent, true);
		this.maxWaiting = maxWaiting;
		this.wait = wait;
		this.retryAfter = retryAfter;
		this.page = page;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PASSING.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!enter()) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.slots.release();
		}
	}

	/** Takes a slot, waiting for one if few others wait already. */
	private boolean enter() {
		if (this.slots.tryAcquire()) {
			return true;
		}
		if (this.waiting.incrementAndGet() > this.maxWaiting) {
			this.waiting.decrementAndGet();
			return false;
		}
		try {
			return this.slots.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		long count = this.refused.incrementAndGet();
		if (count == 1 || count % 100 == 0) {
			log.warn("Busy: {} requests refused with 503 so far (this one: {} {})", count, request.getMethod(),
					request.getRequestURI());
		}
		this.page.write(request, response, "web/busy", this.retryAfter, Map.of());
	}

}
