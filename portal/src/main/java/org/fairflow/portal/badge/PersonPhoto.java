package org.fairflow.portal.badge;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A badge photo checked by its content: JPEG bytes that decode to exactly 600x800 pixels,
 * 50-500 KB, whatever the file is called.
 */
public record PersonPhoto(byte[] content) {

	public static final int WIDTH = 600;

	public static final int HEIGHT = 800;

	public static final int MIN_BYTES = 50 * 1024;

	public static final int MAX_BYTES = 500 * 1024;

	/** Returns the checked photo, or throws with the message key of the problem. */
	public static PersonPhoto of(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidPhotoException("badge.photo.required");
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidPhotoException("badge.photo.tooLarge");
		}
		if (!(bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
				&& (bytes[2] & 0xFF) == 0xFF)) {
			throw new InvalidPhotoException("badge.photo.type");
		}
		if (bytes.length < MIN_BYTES) {
			throw new InvalidPhotoException("badge.photo.tooSmall");
		}
		BufferedImage image = decodeJpeg(bytes);
		if (image == null) {
			throw new InvalidPhotoException("badge.photo.type");
		}
		if (image.getWidth() != WIDTH || image.getHeight() != HEIGHT) {
			throw new InvalidPhotoException("badge.photo.dimensions");
		}
		return new PersonPhoto(bytes);
	}

	private static BufferedImage decodeJpeg(byte[] bytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!format.equals("jpeg") && !format.equals("jpg")) {
					return null;
				}
				reader.setInput(in, true, true);
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
