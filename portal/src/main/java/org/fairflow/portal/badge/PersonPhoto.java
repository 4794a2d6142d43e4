package org.fairflow.portal.badge;

import java.util.EnumSet;

import org.fairflow.portal.web.UploadedImage;

/**
 * A badge photo checked by its content: a JPEG upload of 50-500 KB whose header says
 * exactly 600x800 pixels as seen (read before decoding, turned by its EXIF orientation)
 * and that decodes, whatever the file is called. What is kept is the photo written anew
 * ({@link UploadedImage}): no EXIF (which may hold where and when it was taken), nothing
 * appended after the image. Writing the same upload again gives the same bytes, so
 * uploading the same file again is no change.
 */
public record PersonPhoto(byte[] content) {

	public static final int WIDTH = 600;

	public static final int HEIGHT = 800;

	/** The limits apply to the upload, which is what the person chose and can see. */
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
		try {
			return new PersonPhoto(UploadedImage
				.read(bytes, EnumSet.of(UploadedImage.Format.JPEG),
						(width, height) -> width == WIDTH && height == HEIGHT)
				.content());
		}
		catch (UploadedImage.RefusedException ex) {
			throw new InvalidPhotoException(switch (ex.problem()) {
				case TOO_LARGE, DIMENSIONS -> "badge.photo.dimensions";
				case TYPE, UNREADABLE -> "badge.photo.type";
			});
		}
	}

}
