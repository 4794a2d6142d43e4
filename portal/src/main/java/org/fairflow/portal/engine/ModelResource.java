package org.fairflow.portal.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model file: its name (the engine compares name and bytes to decide whether it is a
 * new version) and its bytes.
 */
record ModelResource(String name, byte[] content) {

	private static final Pattern XML_TAG = Pattern.compile("<(?:[\\w-]+:)?versionTag\\s+value=\"([^\"]*)\"");

	private static final Pattern FORM_TAG = Pattern.compile("\"versionTag\"\\s*:\\s*\"([^\"]*)\"");

	StoredModel.Kind kind() {
		return StoredModel.Kind.of(this.name);
	}

	String checksum() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * The version tag the model carries ({@code zeebe:versionTag} of the process or
	 * decision, {@code versionTag} of a form), or {@code null}. The engine's deployment
	 * reply does not return it.
	 */
	String versionTag() {
		String text = new String(this.content, StandardCharsets.UTF_8);
		Matcher matcher = ((kind() == StoredModel.Kind.FORM) ? FORM_TAG : XML_TAG).matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

	/** Forms first, then decisions, then processes, which may refer to both. */
	int deployOrder() {
		return switch (kind()) {
			case FORM -> 0;
			case DMN -> 1;
			case BPMN -> 2;
		};
	}

}
