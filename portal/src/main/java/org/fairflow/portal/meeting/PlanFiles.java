package org.fairflow.portal.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The plans (会议方案) of bookings: a PDF of up to {@code fairflow.meeting.plan-max-bytes}
 * (100 MB by default), streamed from the request to a file under
 * {@code ${fairflow.data-dir}/meeting-files} while it is counted and hashed, so it is
 * never held in memory; checked by its content (a PDF header, an end-of-file marker near
 * the end, and PDFBox opening it with a temp-file-only cache); stored as an unclaimed
 * {@code meeting_file} row of the unit until a booking claims it.
 */
@Service
class PlanFiles {

	static final String DIRECTORY = MeetingFileStore.DIRECTORY;

	private static final Logger log = LoggerFactory.getLogger(PlanFiles.class);

	private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** How far from the end the end-of-file marker may be (some writers add padding). */
	private static final int TRAILER_WINDOW = 2048;

	private final PlanFileRepository files;

	private final Path dataDir;

	private final long maxBytes;

	PlanFiles(PlanFileRepository files, @Value("${fairflow.data-dir:./data}") String dataDir,
			@Value("${fairflow.meeting.plan-max-bytes:104857600}") long maxBytes) {
		this.files = files;
		this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
		this.maxBytes = maxBytes;
	}

	long maxBytes() {
		return this.maxBytes;
	}

	/** The limit in whole megabytes, for messages. */
	long maxMegabytes() {
		return this.maxBytes / (1024 * 1024);
	}

	/**
	 * Stores an uploaded plan: nothing is kept when it is refused. Not one transaction: a
	 * slow upload must not hold a database connection; the row is saved at the end.
	 * @param declaredLength the request's Content-Length, or -1 when not told
	 * @throws PlanUploadException when it is too large, empty or not a PDF that opens
	 */
	PlanFile upload(Long unitId, String fileName, long declaredLength, InputStream body, String actor) {
		if (declaredLength > this.maxBytes) {
			throw tooLarge();
		}
		Path directory = MeetingFileStore.directory(this.dataDir);
		Path temp = null;
		try {
			Files.createDirectories(directory);
			temp = Files.createTempFile(directory, "upload-", ".part");
			Received received = receive(body, temp);
			check(temp, received);
			String stored = UUID.randomUUID() + ".pdf";
			Files.move(temp, directory.resolve(stored), StandardCopyOption.ATOMIC_MOVE);
			temp = directory.resolve(stored);
			PlanFile file = this.files.saveAndFlush(new PlanFile(unitId, null, PlanFile.KIND, cleanName(fileName),
					PlanFile.PDF, received.size(), received.sha256(), DIRECTORY + "/" + stored, actor));
			log.info("Unit {} uploaded plan {} ({} bytes)", unitId, file.getId(), received.size());
			temp = null;
			return file;
		}
		catch (IOException ex) {
			log.warn("Plan upload of unit {} failed: {}", unitId, ex.getMessage());
			throw new PlanUploadException(HttpStatus.BAD_REQUEST, "meeting.plan.unreadable");
		}
		finally {
			MeetingFileStore.deleteQuietly(temp);
		}
	}

	/** The stored file of a plan row. */
	Path path(PlanFile file) {
		return MeetingFileStore.resolve(this.dataDir, file.getStoragePath())
			.orElseThrow(
					() -> new IllegalStateException("Plan " + file.getId() + " points outside the data directory"));
	}

	Optional<PlanFile> planOf(Long meetingId) {
		return this.files.findPlanOf(meetingId);
	}

	private record Received(long size, String sha256, byte[] head) {
	}

	/** Copies the body to the file, counting and hashing; stops past the limit. */
	private Received receive(InputStream body, Path target) throws IOException {
		MessageDigest digest = MeetingFileStore.sha256();
		byte[] buffer = new byte[64 * 1024];
		byte[] head = new byte[HEADER.length];
		int headLength = 0;
		long size = 0;
		try (OutputStream out = Files.newOutputStream(target)) {
			int read;
			while ((read = body.read(buffer)) != -1) {
				size += read;
				if (size > this.maxBytes) {
					throw tooLarge();
				}
				if (headLength < head.length) {
					int n = Math.min(read, head.length - headLength);
					System.arraycopy(buffer, 0, head, headLength, n);
					headLength += n;
				}
				digest.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		return new Received(size, HexFormat.of().formatHex(digest.digest()), head);
	}

	private void check(Path file, Received received) throws IOException {
		if (received.size() == 0) {
			throw new PlanUploadException(HttpStatus.BAD_REQUEST, "meeting.plan.empty");
		}
		if (!java.util.Arrays.equals(received.head(), HEADER) || !endsWithTrailer(file, received.size())) {
			throw new PlanUploadException(HttpStatus.BAD_REQUEST, "meeting.plan.notPdf");
		}
		// The header and the marker are cheap to fake; PDFBox reading the cross-reference
		// table and the first page proves the file opens. It caches in temp files only,
		// so
		// a 100 MB plan does not fill the heap.
		try (PDDocument document = Loader.loadPDF(file.toFile(), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			if (document.getNumberOfPages() < 1) {
				throw new PlanUploadException(HttpStatus.BAD_REQUEST, "meeting.plan.notPdf");
			}
			document.getPage(0);
		}
		catch (InvalidPasswordException ex) {
			throw new PlanUploadException(HttpStatus.BAD_REQUEST, "meeting.plan.protected");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PlanUploadException refused) {
				throw refused;
			}
			throw new PlanUploadException(HttpStatus.BAD_REQUEST, "meeting.plan.notPdf");
		}
	}

	private static boolean endsWithTrailer(Path file, long size) throws IOException {
		int window = (int) Math.min(size, TRAILER_WINDOW);
		byte[] tail = new byte[window];
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			in.seek(size - window);
			in.readFully(tail);
		}
		for (int i = tail.length - TRAILER.length; i >= 0; i--) {
			if (java.util.Arrays.equals(tail, i, i + TRAILER.length, TRAILER, 0, TRAILER.length)) {
				return true;
			}
		}
		return false;
	}

	private PlanUploadException tooLarge() {
		return new PlanUploadException(HttpStatus.PAYLOAD_TOO_LARGE, "meeting.plan.tooLarge", maxMegabytes());
	}

	/**
	 * The name as the reader's system gave it, without any folder, at most 255
	 * characters.
	 */
	static String cleanName(String fileName) {
		String name = (fileName == null) ? "" : fileName.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}]", "");
		if (name.isBlank()) {
			name = "plan.pdf";
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

}
