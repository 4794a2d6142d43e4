package org.fairflow.portal.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.List;
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
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

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

	/** The busy page runs no script and loads only the portal's own styles. */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'none'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

	private final Semaphore slots;

	private final int maxWaiting;

	private final Duration wait;

	private final Duration retryAfter;

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicLong refused = new AtomicLong();

	private final SpringTemplateEngine templates;

	private final LocaleResolver locales;

	BusyGate(@Value("${fairflow.web.busy.concurrent:16}") int concurrent,
			@Value("${fairflow.web.busy.waiting:64}") int maxWaiting,
			@Value("${fairflow.web.busy.wait:PT2S}") Duration wait,
			@Value("${fairflow.web.busy.retry-after:PT30S}") Duration retryAfter, SpringTemplateEngine templates,
			LocaleResolver locales) {
		this.slots = new Semaphore(concurrent, true);
		this.maxWaiting = maxWaiting;
		this.wait = wait;
		this.retryAfter = retryAfter;
		this.templates = templates;
		this.locales = locales;
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
		Locale locale = this.locales.resolveLocale(request);
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale);
		context.setVariable("retryAfter", this.retryAfter.toSeconds());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(this.retryAfter.toSeconds()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// Spring Security's headers come later in the chain than this page: its own.
		response.setHeader("Content-Security-Policy", PAGE_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.templates.process("web/busy", context, response.getWriter());
	}

}
