package org.fairflow.portal.meeting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the plans and the posters share on disk: their directory under the data directory
 * ({@code ${fairflow.data-dir}/meeting-files}), the check that a stored path stays inside
 * its base, hashing and quiet deletion.
 */
final class MeetingFileStore {

	/** The meeting files' directory under the data directory. */
	static final String DIRECTORY = "meeting-files";

	private static final Logger log = LoggerFactory.getLogger(MeetingFileStore.class);

	private MeetingFileStore() {
	}

	/** The meeting files' directory of this (absolute, normalised) data directory. */
	static Path directory(Path dataDir) {
		return dataDir.resolve(DIRECTORY);
	}

	/**
	 * A stored path resolved against its base, or empty when it points outside it.
	 * @param base an absolute, normalised directory
	 */
	static Optional<Path> resolve(Path base, String storagePath) {
		Path path = base.resolve(storagePath).normalize();
		return path.startsWith(base) ? Optional.of(path) : Optional.empty();
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The SHA-256 of the content, in lower-case hex. */
	static String sha256(byte[] content) {
		return HexFormat.of().formatHex(sha256().digest(content));
	}

	/** Deletes the file if there is one; a failure is logged, not thrown. */
	static void deleteQuietly(Path path) {
		if (path == null) {
			return;
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", path.getFileName(), ex.getMessage());
		}
	}

}
