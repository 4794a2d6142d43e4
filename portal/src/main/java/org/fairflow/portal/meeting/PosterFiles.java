package org.fairflow.portal.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The posters on disk ({@code <data-dir>/meeting-files/<meeting id>/}) and their
 * {@code meeting_file} rows. A file is written before its row, inside the supplement's
 * transaction; when that transaction rolls back, the file is deleted again, so a refused
 * supplement leaves neither row nor file behind.
 */
@Component
class PosterFiles {

	private static final Logger log = LoggerFactory.getLogger(PosterFiles.class);

	private final JdbcTemplate jdbc;

	private final Path root;

	PosterFiles(JdbcTemplate jdbc, @Value("${fairflow.data-dir:./data}") String dataDir) {
		this.jdbc = jdbc;
		this.root = Path.of(dataDir).resolve("meeting-files").toAbsolutePath().normalize();
	}

	/**
	 * Writes the poster and its row, in the caller's transaction (required).
	 * @return the row's id
	 */
	Long store(Long meetingId, Long unitId, PosterImage poster, String uploadedBy) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("A poster is stored inside the supplement's transaction");
		}
		Path relative = Path.of(String.valueOf(meetingId), poster.kind().path() + "-" + UUID.randomUUID() + ".png");
		Path file = this.root.resolve(relative);
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, poster.content(), StandardOpenOption.CREATE_NEW);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store a poster of meeting " + meetingId, ex);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					delete(file);
				}
			}
		});
		String sql = "insert into meeting_file (unit_id, meeting_id, kind, original_name, content_type, size_bytes,"
				+ " sha256, storage_path, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(sql, new String[] { "id" });
			insert.setLong(1, unitId);
			insert.setLong(2, meetingId);
			insert.setString(3, poster.kind().fileKind());
			insert.setString(4, poster.kind().path() + "-poster.png");
			insert.setString(5, PosterImage.CONTENT_TYPE);
			insert.setLong(6, poster.content().length);
			insert.setString(7, sha256(poster.content()));
			insert.setString(8, relative.toString().replace('\\', '/'));
			insert.setString(9, uploadedBy);
			insert.setTimestamp(10, Timestamp.from(Instant.now()));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	/** The bytes of a stored poster row of this meeting, if its file is there. */
	Optional<byte[]> read(Long fileId, Long meetingId) {
		if (fileId == null) {
			return Optional.empty();
		}
		return this.jdbc
			.query("select storage_path from meeting_file where id = ? and meeting_id = ? and kind in (?, ?)",
					(rs, row) -> rs.getString(1), fileId, meetingId, PosterImage.Kind.PC.fileKind(),
					PosterImage.Kind.APP.fileKind())
			.stream()
			.findFirst()
			.map(this.root::resolve)
			.map(Path::normalize)
			.filter((path) -> path.startsWith(this.root) && Files.isRegularFile(path))
			.map((path) -> {
				try {
					return Files.readAllBytes(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the poster {} of a supplement that was not stored: {}", file.getFileName(),
					ex.toString());
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
