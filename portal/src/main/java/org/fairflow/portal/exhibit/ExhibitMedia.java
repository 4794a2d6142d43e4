package org.fairflow.portal.exhibit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The exhibitors' images and videos under {@code ${fairflow.data-dir}/exhibit-media}.
 * Images arrive with their form, are checked by {@link ExhibitImage} before anything is
 * stored and are written in the form's transaction (a rollback deletes the file again).
 * Videos are streamed from a raw request body to disk, counted and hashed on the way,
 * never held in memory nor inside a transaction; only MP4 and WebM are taken, because
 * those are what browsers play.
 */
@Service
public class ExhibitMedia {

	static final String DIRECTORY = "exhibit-media";

	private static final Logger log = LoggerFactory.getLogger(ExhibitMedia.class);

	private static final byte[] WEBM = { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3 };

	private final MediaFileRepository files;

	private final Path dataDir;

	private final long videoMaxBytes;

	ExhibitMedia(MediaFileRepository files, @Value("${fairflow.data-dir:./data}") String dataDir,
			@Value("${fairflow.exhibit.video-max-bytes:157286400}") long videoMaxBytes) {
		this.files = files;
		this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
		this.videoMaxBytes = videoMaxBytes;
	}

	public long videoMaxBytes() {
		return this.videoMaxBytes;
	}

	public long videoMaxMegabytes() {
		return this.videoMaxBytes / (1024 * 1024);
	}

	/**
	 * Stores a checked image as the exhibitor's, claimed, in the caller's transaction;
	 * the file is deleted again when that transaction rolls back.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public StoredMedia storeImage(Long exhibitorId, ExhibitImage image) {
		String name = UUID.randomUUID() + (image.contentType().equals("image/jpeg") ? ".jpg" : ".png");
		Path directory = this.dataDir.resolve(DIRECTORY);
		Path target = directory.resolve(name);
		try {
			Files.createDirectories(directory);
			Files.write(target, image.content());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		deleteOnRollback(target);
		MediaFile file = new MediaFile(exhibitorId, MediaKind.IMAGE, image.contentType(), image.content().length,
				HexFormat.of().formatHex(sha256().digest(image.content())), DIRECTORY + "/" + name, image.width(),
				image.height());
		file.claim();
		return this.files.save(file).view();
	}

	/**
	 * Streams an uploaded video to disk and stores it as the exhibitor's, unclaimed until
	 * a saved revision claims it. Nothing is kept when it is refused.
	 * @param declaredLength the request's Content-Length, or -1
	 * @throws ExhibitRefusedException {@code exhibit.video.tooLarge} (past the limit,
	 * also up front by the declared length), {@code exhibit.video.empty},
	 * {@code exhibit.video.type} (not MP4 or WebM by its content),
	 * {@code exhibit.video.unreadable}
	 */
	public StoredMedia uploadVideo(Long exhibitorId, long declaredLength, InputStream body) {
		if (declaredLength > this.videoMaxBytes) {
			throw tooLarge();
		}
		Path directory = this.dataDir.resolve(DIRECTORY);
		Path temp = null;
		try {
			Files.createDirectories(directory);
			temp = Files.createTempFile(directory, "upload-", ".part");
			MessageDigest digest = sha256();
			byte[] head = new byte[12];
			int headLength = 0;
			long size = 0;
			byte[] buffer = new byte[64 * 1024];
			try (OutputStream out = Files.newOutputStream(temp)) {
				int read;
				while ((read = body.read(buffer)) != -1) {
					size += read;
					if (size > this.videoMaxBytes) {
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
			if (size == 0) {
				throw new ExhibitRefusedException("videos", "exhibit.video.empty");
			}
			String contentType = videoType(head, headLength);
			if (contentType == null) {
				throw new ExhibitRefusedException("videos", "exhibit.video.type");
			}
			String name = UUID.randomUUID() + (contentType.equals("video/mp4") ? ".mp4" : ".webm");
			Path target = directory.resolve(name);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			temp = target;
			MediaFile file = this.files.saveAndFlush(new MediaFile(exhibitorId, MediaKind.VIDEO, contentType, size,
					HexFormat.of().formatHex(digest.digest()), DIRECTORY + "/" + name, null, null));
			temp = null;
			log.info("Exhibitor {} uploaded video {} ({} bytes)", exhibitorId, file.getId(), size);
			return file.view();
		}
		catch (IOException ex) {
			log.warn("Video upload of exhibitor {} failed: {}", exhibitorId, ex.getMessage());
			throw new ExhibitRefusedException("videos", "exhibit.video.unreadable");
		}
		finally {
			deleteQuietly(temp);
		}
	}

	/**
	 * MP4 (an {@code ftyp} box first) or WebM (an EBML header), the formats every browser
	 * plays; null for anything else.
	 */
	static String videoType(byte[] head, int length) {
		if (length >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
			return "video/mp4";
		}
		if (length >= 4 && head[0] == WEBM[0] && head[1] == WEBM[1] && head[2] == WEBM[2] && head[3] == WEBM[3]) {
			return "video/webm";
		}
		return null;
	}

	@Transactional(readOnly = true)
	public Optional<StoredMedia> find(Long id) {
		return (id == null) ? Optional.empty() : this.files.findById(id).map(MediaFile::view);
	}

	/**
	 * Claims media for a revision being saved, in the caller's transaction.
	 * @throws ExhibitRefusedException ({@code field}, {@code exhibit.media.notYours})
	 * when one is not the exhibitor's or not of the kind
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void claim(Long exhibitorId, MediaKind kind, Collection<Long> ids, String field) {
		if (ids.isEmpty()) {
			return;
		}
		List<MediaFile> found = this.files.lockAll(new HashSet<>(ids));
		if (found.size() != new HashSet<>(ids).size()
				|| found.stream().anyMatch((f) -> !f.getExhibitorId().equals(exhibitorId) || f.getKind() != kind)) {
			throw new ExhibitRefusedException(field, "exhibit.media.notYours");
		}
		found.forEach(MediaFile::claim);
	}

	/** Whether the medium is this exhibitor's and of the kind. */
	@Transactional(readOnly = true)
	public boolean owns(Long exhibitorId, MediaKind kind, Long mediaId) {
		return find(mediaId).filter((m) -> m.exhibitorId().equals(exhibitorId) && m.kind() == kind).isPresent();
	}

	/** The stored file of a medium. */
	Optional<Path> path(Long id) {
		return this.files.findById(id).map((f) -> {
			Path path = this.dataDir.resolve(f.getStoragePath()).normalize();
			if (!path.startsWith(this.dataDir)) {
				throw new IllegalStateException("Medium " + id + " points outside the data directory");
			}
			return path;
		});
	}

	private ExhibitRefusedException tooLarge() {
		return new ExhibitRefusedException("videos", "exhibit.video.tooLarge", videoMaxMegabytes());
	}

	private static void deleteOnRollback(Path file) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					deleteQuietly(file);
				}
			}
		});
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path path) {
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
