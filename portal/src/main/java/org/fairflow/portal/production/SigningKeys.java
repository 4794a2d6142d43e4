package org.fairflow.portal.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the badge signing key comes from: the configured secret
 * ({@code fairflow.badge.signing-key}), or else a random key generated once and kept in
 * the data directory, so printed badges stay valid across restarts. The key itself is
 * never logged.
 */
final class SigningKeys {

	static final String FILE_NAME = "badge-signing.key";

	static final int MIN_CONFIGURED_LENGTH = 16;

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private SigningKeys() {
	}

	static byte[] load(String configured, Path dataDir) {
		if (configured != null && !configured.isBlank()) {
			if (configured.strip().length() < MIN_CONFIGURED_LENGTH) {
				throw new IllegalStateException(
						"fairflow.badge.signing-key (FAIRFLOW_BADGE_SIGNING_KEY) must have at least "
								+ MIN_CONFIGURED_LENGTH + " characters");
			}
			log.info("Badge signatures use the configured signing key (fairflow.badge.signing-key)");
			return configured.strip().getBytes(StandardCharsets.UTF_8);
		}
		Path file = dataDir.resolve(FILE_NAME);
		try {
			if (!Files.exists(file)) {
				generate(file);
			}
			byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
			if (key.length < 32) {
				throw new IllegalStateException("The badge signing key file " + file + " is damaged");
			}
			log.warn(
					"Badge signatures use a generated signing key kept in {}; set FAIRFLOW_BADGE_SIGNING_KEY to "
							+ "choose your own (badges printed so far would then no longer verify)",
					file.toAbsolutePath());
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the badge signing key " + file, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The badge signing key file " + file + " is damaged", ex);
		}
	}

	/**
	 * Writes a new key next to the target and moves it in place, so a crash never leaves
	 * half a key and a key once written is never replaced.
	 */
	private static void generate(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME, ".tmp");
		try {
			try {
				Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system (Windows): the data directory's own rights
				// apply.
			}
			Files.writeString(temp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			// A rename within the directory that never replaces an existing key.
			Files.move(temp, file);
			log.info("Generated a new badge signing key in {}", file.toAbsolutePath());
		}
		catch (FileAlreadyExistsException ex) {
			// Another instance was quicker: its key is the one.
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

}
