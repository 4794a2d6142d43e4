package org.fairflow.portal.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes the 503 page of a request the portal does not serve now (it is starting, its
 * engine is being renewed, it is too busy). These pages are written by filters that run
 * before Spring Security and Spring MVC, so they set their own headers and read the
 * language themselves.
 */
@Component
public class UnavailablePage {

	/** The page runs no script at all and loads only the portal's own styles. */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'none'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

	/** The languages {@code ?lang=} switches to (as the locale interceptor would). */
	private static final Set<String> LANGUAGES = Set.of("zh", "en");

	private final SpringTemplateEngine templates;

	private final LocaleResolver locales;

	UnavailablePage(SpringTemplateEngine templates, LocaleResolver locales) {
		this.templates = templates;
		this.locales = locales;
	}

	/**
	 * Answers 503 with {@code Retry-After} and the template, which gets
	 * {@code retryAfter} (seconds) and the given variables.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, String template, Duration retryAfter,
			Map<String, ?> variables) throws IOException {
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale(request));
		context.setVariables(Map.copyOf(variables));
		context.setVariable("retryAfter", retryAfter.toSeconds());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Content-Security-Policy", PAGE_POLICY);
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.templates.process(template, context, response.getWriter());
	}

	/**
	 * The language the page asks for with {@code ?lang=} (read from the query string
	 * only: reading parameters would parse a refused upload), else the remembered one.
	 */
	Locale locale(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null) {
			String lang = UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("lang");
			if (LANGUAGES.contains(lang)) {
				return Locale.forLanguageTag(lang);
			}
		}
		return this.locales.resolveLocale(request);
	}

}
