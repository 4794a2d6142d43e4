package org.fairflow.portal.meeting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;

import javax.imageio.ImageIO;

import org.fairflow.portal.web.UploadedImage;

import org.springframework.web.multipart.MultipartFile;

/**
 * A meeting poster (the cover of the recorded meeting on the PC site and in the app),
 * checked as the guide asks: PNG or JPEG by its content, at most 2 MB, exactly the kind's
 * width and height as its header says (read before anything is decoded), then decoded and
 * written anew as PNG, which drops metadata and anything appended.
 *
 * @param kind PC or app poster
 * @param content the poster written anew (PNG)
 */
record PosterImage(Kind kind, byte[] content) {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final String CONTENT_TYPE = "image/png";

	/**
	 * The two posters and their sizes (PC 275x155 without round corners, app 165x220).
	 */
	enum Kind {

		PC(275, 155, "POSTER_PC", "posterPc"), APP(165, 220, "POSTER_APP", "posterApp");

		private final int width;

		private final int height;

		private final String fileKind;

		private final String field;

		Kind(int width, int height, String fileKind, String field) {
			this.width = width;
			this.height = height;
			this.fileKind = fileKind;
			this.field = field;
		}

		int width() {
			return this.width;
		}

		int height() {
			return this.height;
		}

		/** {@code meeting_file.kind}. */
		String fileKind() {
			return this.fileKind;
		}

		/** The form's field (the file input's name). */
		String field() {
			return this.field;
		}

		/** {@code pc} or {@code app}, as in {@code /meetings/{id}/poster/pc}. */
		String path() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		static Kind ofPath(String path) {
			for (Kind kind : values()) {
				if (kind.path().equals(path)) {
					return kind;
				}
			}
			return null;
		}

	}

	/**
	 * Checks an upload: its size before its bytes are read, its type by content and its
	 * pixels by the header before decoding.
	 * @throws SupplementException naming the field and the problem
	 */
	static PosterImage of(Kind kind, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new SupplementException(kind.field(), "meetingreview.poster.required");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new SupplementException(kind.field(), "meetingreview.poster.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		try {
			return of(kind, file.getBytes());
		}
		catch (IOException ex) {
			throw new SupplementException(kind.field(), "meetingreview.poster.type");
		}
	}

	static PosterImage of(Kind kind, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new SupplementException(kind.field(), "meetingreview.poster.required");
		}
		if (bytes.length > MAX_BYTES) {
			throw new SupplementException(kind.field(), "meetingreview.poster.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		int[] found = new int[2];
		UploadedImage image;
		try {
			image = UploadedImage.read(bytes, EnumSet.of(UploadedImage.Format.PNG, UploadedImage.Format.JPEG),
					(width, height) -> {
						found[0] = width;
						found[1] = height;
						return width == kind.width() && height == kind.height();
					});
		}
		catch (UploadedImage.RefusedException ex) {
			throw switch (ex.problem()) {
				case DIMENSIONS ->
					new SupplementException(kind.field(), "meetingreview.poster.dimensions", String.valueOf(found[0]),
							String.valueOf(found[1]), String.valueOf(kind.width()), String.valueOf(kind.height()));
				case TOO_LARGE ->
					new SupplementException(kind.field(), "meetingreview.poster.pixels", kind.width(), kind.height());
				case TYPE, UNREADABLE -> new SupplementException(kind.field(), "meetingreview.poster.type");
			};
		}
		return new PosterImage(kind,
				(image.format() == UploadedImage.Format.PNG) ? image.content() : png(image.content(), kind));
	}

	/**
	 * The JPEG {@link UploadedImage} wrote anew, as PNG: it is our own file of the
	 * poster's few pixels, so decoding it once more is safe and cheap.
	 */
	private static byte[] png(byte[] jpeg, Kind kind) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (image == null || !ImageIO.write(image, "png", out)) {
				throw new SupplementException(kind.field(), "meetingreview.poster.type");
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new SupplementException(kind.field(), "meetingreview.poster.type");
		}
	}

}
