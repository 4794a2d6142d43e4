package org.fairflow.portal.badge;

import java.util.Arrays;
import java.util.EnumSet;

import org.fairflow.portal.web.UploadedImage;

/**
 * A student card image as uploaded: JPEG or PNG told by its first bytes (never by its
 * name or the browser's content type), at most 5 MB, its size read from the header before
 * anything is decoded ({@link UploadedImage}: at most 10000 pixels a side and 25
 * megapixels), then decoded and written anew, so no metadata or appended bytes are kept.
 */
record StudentCardImage(String contentType, int width, int height, byte[] content) {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/**
	 * @throws StudentCardException naming the problem; nothing is stored then
	 */
	static StudentCardImage of(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new StudentCardException("badge.studentCard.missing");
		}
		if (bytes.length > MAX_BYTES) {
			throw new StudentCardException("badge.studentCard.tooLarge");
		}
		if (!startsWith(bytes, JPEG) && !startsWith(bytes, PNG)) {
			throw new StudentCardException("badge.studentCard.type");
		}
		try {
			UploadedImage image = UploadedImage.read(bytes,
					EnumSet.of(UploadedImage.Format.JPEG, UploadedImage.Format.PNG));
			return new StudentCardImage(image.format().contentType(), image.width(), image.height(), image.content());
		}
		catch (UploadedImage.RefusedException ex) {
			throw new StudentCardException(switch (ex.problem()) {
				case TOO_LARGE, DIMENSIONS -> "badge.studentCard.pixels";
				case TYPE, UNREADABLE -> "badge.studentCard.type";
			});
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	@Override
	public String toString() {
		return "StudentCardImage[" + this.contentType + ", " + this.width + "x" + this.height + "]";
	}

}
