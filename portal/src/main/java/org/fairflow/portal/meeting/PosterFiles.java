package org.fairflow.portal.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
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

	private static final List<String> KINDS = List.of(PosterImage.Kind.PC.fileKind(), PosterImage.Kind.APP.fileKind());

	private final PlanFileRepository files;

	/** The base of the posters' stored paths (which are relative to it). */
	private final Path root;

	PosterFiles(PlanFileRepository files, @Value("${fairflow.data-dir:./data}") String dataDir) {
		this.files = files;
		this.root = MeetingFileStore.directory(Path.of(dataDir).toAbsolutePath().normalize());
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
					MeetingFileStore.deleteQuietly(file);
				}
			}
		});
		PlanFile row = this.files.save(new PlanFile(unitId, meetingId, poster.kind().fileKind(),
				poster.kind().path() + "-poster.png", PosterImage.CONTENT_TYPE, poster.content().length,
				MeetingFileStore.sha256(poster.content()), relative.toString().replace('\\', '/'), uploadedBy));
		return row.getId();
	}

	/** The bytes of a stored poster row of this meeting, if its file is there. */
	Optional<byte[]> read(Long fileId, Long meetingId) {
		if (fileId == null) {
			return Optional.empty();
		}
		return this.files.findByIdAndMeetingIdAndKindIn(fileId, meetingId, KINDS)
			.flatMap((row) -> MeetingFileStore.resolve(this.root, row.getStoragePath()))
			.filter(Files::isRegularFile)
			.map((path) -> {
				try {
					return Files.readAllBytes(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
	}

}
