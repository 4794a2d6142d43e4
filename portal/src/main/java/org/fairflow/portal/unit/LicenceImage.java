package org.fairflow.portal.unit;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;

import org.fairflow.portal.web.UploadedImage;

import org.springframework.web.multipart.MultipartFile;

/**
 * A business licence image checked by its content: PNG or JPEG bytes of at most 2 MB and
 * {@link UploadedImage#MAX_PIXELS} that decode as an image, whatever the file is called.
 * What is kept is the image written anew ({@link UploadedImage}): the upload's metadata
 * and anything appended to it are gone.
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
		UploadedImage image;
		try {
			image = UploadedImage.read(bytes, EnumSet.of(UploadedImage.Format.PNG, UploadedImage.Format.JPEG));
		}
		catch (UploadedImage.RefusedException ex) {
			throw new InvalidLicenceException(
					(ex.problem() == UploadedImage.Problem.TOO_LARGE) ? "licence.pixels" : "licence.content");
		}
		String safeName = name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
		return new LicenceImage(safeName.substring(0, Math.min(150, safeName.length())), image.format().contentType(),
				image.content());
	}

}
