package org.fairflow.portal.engine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A model file: its name (the engine compares name and bytes to decide whether it is a
 * new version) and its bytes.
 */
record ModelResource(String name, byte[] content) {

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

	/** Forms first, then decisions, then processes, which may refer to both. */
	int deployOrder() {
		return switch (kind()) {
			case FORM -> 0;
			case DMN -> 1;
			case BPMN -> 2;
		};
	}

}
