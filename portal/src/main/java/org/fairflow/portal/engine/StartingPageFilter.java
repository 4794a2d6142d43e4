package org.fairflow.portal.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.web.UnavailablePage;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the engine is ready (models deployed, open cases resumed), every page answers 503
 * with a page that says how far the start has come and reloads itself, instead of pages
 * that would refuse decisions one case at a time. Health, static files and the public
 * badge verification (which needs no engine) pass. While the embedded engine is replaced
 * the same page says "one moment"; requests let in before are counted, so the switch
 * waits for them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StartingPageFilter extends OncePerRequestFilter {

	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private static final List<String> PASSING = List.of("/actuator/", "/css/", "/js/", "/vendor/", "/webjars/",
			"/verify/", "/favicon.ico");

	private final EngineStatus status;

	private final UnavailablePage page;

	StartingPageFilter(EngineStatus status, UnavailablePage page) {
		this.status = status;
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
		if (this.status.enter()) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				this.status.leave();
			}
			return;
		}
		EngineStatus.Snapshot snapshot = this.status.snapshot();
		this.page.write(request, response, "engine/starting", RETRY_AFTER, Map.of("start", snapshot));
	}

}
