package org.fairflow.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles as a reader gets them: a key defined twice silently loses its first
 * text, a key missing in one language falls back to the other, and a lone apostrophe in a
 * text with arguments makes MessageFormat print {@code {1}} instead of the value.
 */
class MessageBundlesTest {

	private static final Pattern ENTRY = Pattern.compile("^([^=:\\s#!]+)\\s*[=:](.*)$");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	@Test
	void noKeyIsDefinedTwiceAndNoTextWithArgumentsHasALoneApostrophe() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Resource bundle : bundles()) {
			Map<String, String> seen = new LinkedHashMap<>();
			for (String line : lines(bundle)) {
				Matcher entry = ENTRY.matcher(line);
				if (!entry.matches()) {
					continue;
				}
				String key = entry.group(1);
				String text = entry.group(2);
				if (seen.put(key, text) != null) {
					problems.add(bundle.getFilename() + ": " + key + " defined twice");
				}
				String unquoted = text.replace("''", "").replace("'{'", "").replace("'}'", "");
				if (ARGUMENT.matcher(text).find() && unquoted.contains("'")) {
					problems.add(bundle.getFilename() + ": " + key + " has a lone apostrophe (write '')");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyChineseTextHasAnEnglishOneAndTheOtherWayRound() throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, Map<String, String>> byName = new LinkedHashMap<>();
		for (Resource bundle : bundles()) {
			Map<String, String> keys = new LinkedHashMap<>();
			for (String line : lines(bundle)) {
				Matcher entry = ENTRY.matcher(line);
				if (entry.matches()) {
					keys.put(entry.group(1), entry.group(2));
				}
			}
			byName.put(bundle.getFilename(), keys);
		}
		byName.forEach((name, keys) -> {
			if (name.endsWith("_en.properties")) {
				return;
			}
			Map<String, String> english = byName.get(name.replace(".properties", "_en.properties"));
			if (english == null) {
				problems.add(name + " has no English bundle");
				return;
			}
			keys.keySet()
				.stream()
				.filter((k) -> !english.containsKey(k))
				.forEach((k) -> problems.add(name + ": " + k + " has no English text"));
			english.keySet()
				.stream()
				.filter((k) -> !keys.containsKey(k))
				.forEach((k) -> problems.add(name + ": " + k + " has no Chinese text"));
		});
		assertThat(problems).isEmpty();
	}

	private static Resource[] bundles() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath:messages/*.properties");
	}

	private static List<String> lines(Resource bundle) throws IOException {
		return List.of(bundle.getContentAsString(StandardCharsets.UTF_8).split("\\R"));
	}

}
