package org.fairflow.portal.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped models, read from the processes module, for the console's unit tests. */
final class ConsoleModelFiles {

	private ConsoleModelFiles() {
	}

	static String shipped(String fileName) {
		try (InputStream in = ConsoleModelFiles.class.getResourceAsStream("/models/" + fileName)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
