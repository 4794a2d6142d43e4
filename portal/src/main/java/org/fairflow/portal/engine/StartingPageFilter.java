package org.fairflow.portal.engine;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

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

	static final String RETRY_AFTER_SECONDS = "5";

	/** The starting page runs no script at all and loads only the portal's own styles. */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'none'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

	private static final List<String> PASSING = List.of("/actuator/", "/css/", "/js/", "/vendor/", "/webjars/",
			"/verify/", "/favicon.ico");

	private final EngineStatus status;

	private final SpringTemplateEngine templates;

	private final LocaleResolver locales;

	StartingPageFilter(EngineStatus status, SpringTemplateEngine templates, LocaleResolver locales) {
		this.status = status;
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
		Locale locale = this.locales.resolveLocale(request);
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale);
		context.setVariable("start", snapshot);
		context.setVariable("retryAfter", RETRY_AFTER_SECONDS);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// Spring Security's headers come later in the chain than this page: its own,
		// stricter.
		response.setHeader("Content-Security-Policy", PAGE_POLICY);
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.templates.process("engine/starting", context, response.getWriter());
	}

}
