package org.fairflow.portal.unit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.springframework.web.multipart.MultipartFile;

/**
 * A business licence image checked by its content: PNG or JPEG bytes that decode as an
 * image, at most 2 MB, whatever the file is called.
 */
public record LicenceImage(String fileName, String contentType, byte[] content) {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	/** Returns the checked image, or throws with the message key of the problem. */
	static LicenceImage of(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidLicenceException("licence.required");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new InvalidLicenceException("licence.tooLarge");
		}
		try {
			return of(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new InvalidLicenceException("licence.unreadable");
		}
	}

	/**
	 * The same checks for bytes that did not come through a form (demo data, imports).
	 */
	public static LicenceImage of(String fileName, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidLicenceException("licence.required");
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidLicenceException("licence.tooLarge");
		}
		String name = (fileName == null) ? "" : fileName;
		String lower = name.toLowerCase(Locale.ROOT);
		if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
			throw new InvalidLicenceException("licence.type");
		}
		String type = sniff(bytes);
		if (type == null || !decodes(bytes)) {
			throw new InvalidLicenceException("licence.content");
		}
		String safeName = name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
		return new LicenceImage(safeName.substring(0, Math.min(150, safeName.length())), type, bytes);
	}

	private static String sniff(byte[] b) {
		if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "image/png";
		}
		if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		return null;
	}

	private static boolean decodes(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
