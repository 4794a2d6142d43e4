package org.fairflow.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy allows no inline script and no inline style: every template
 * must keep to that, or its page breaks in the browser. Behaviour goes into
 * {@code /js/portal.js} (data-confirm, data-print), styles into the CSS files.
 */
class TemplatesTest {

	/** A script element with a body: any {@code <script>} without a src attribute. */
	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>",
			Pattern.CASE_INSENSITIVE);

	/** onclick=, th:onclick=, and on...= hidden in th:attr. */
	private static final Pattern EVENT_HANDLER = Pattern
		.compile("(\\s(th:)?on[a-z]+\\s*=)|(th:attr\\s*=\\s*\"[^\"]*\\bon[a-z]+\\s*=)", Pattern.CASE_INSENSITIVE);

	private static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

	private static final Pattern INLINE_STYLE = Pattern.compile("(<style)|(\\s(th:)?style\\s*=)",
			Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateHasInlineScriptEventHandlersJavascriptUrlsOrInlineStyles() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).hasSizeGreaterThan(20);
		List<String> found = new ArrayList<>();
		for (Resource template : templates) {
			String html = read(template);
			for (Pattern pattern : List.of(INLINE_SCRIPT, EVENT_HANDLER, JAVASCRIPT_URL, INLINE_STYLE)) {
				Matcher matcher = pattern.matcher(html);
				while (matcher.find()) {
					found.add(template.getFilename() + ": " + matcher.group().strip());
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theCheckFindsWhatItLooksFor() {
		assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
		assertThat(INLINE_SCRIPT.matcher("<script th:src=\"@{/js/portal.js}\" defer></script>").find()).isFalse();
		assertThat(EVENT_HANDLER.matcher("<button onclick=\"x()\">").find()).isTrue();
		assertThat(EVENT_HANDLER.matcher("<form th:onsubmit=\"x\">").find()).isTrue();
		assertThat(EVENT_HANDLER.matcher("<form th:attr=\"onsubmit=|return confirm('x');|\">").find()).isTrue();
		assertThat(EVENT_HANDLER.matcher("<form th:data-confirm=\"#{x}\" data-online=\"1\">").find()).isFalse();
		assertThat(INLINE_STYLE.matcher("<img style=\"width: 1px\">").find()).isTrue();
		assertThat(INLINE_STYLE.matcher("<link rel=\"stylesheet\">").find()).isFalse();
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
