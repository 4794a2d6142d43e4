package org.fairflow.portal.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.BiPredicate;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An uploaded PNG or JPEG made fit to store and show again. The type is told by the first
 * bytes; the size in pixels is read from the header before anything is decoded, because a
 * small file can claim a raster of gigabytes; then the image is decoded and written anew,
 * which drops whatever rode along with it (bytes after the end of the image, EXIF and
 * other metadata, comments).
 *
 * @param format what the image is and is stored as
 * @param width width in pixels
 * @param height height in pixels
 * @param content the newly written image
 */
public record UploadedImage(Format format, int width, int height, byte[] content) {

	/** The longest side accepted: beyond it no scan or photo of a document is meant. */
	public static final int MAX_SIDE = 10_000;

	/**
	 * 25 megapixels: about 100 MB of heap once decoded (4 bytes a pixel at most).
	 */
	public static final long MAX_PIXELS = 25_000_000L;

	/** Quality of the rewritten JPEG: close enough to the upload to read small print. */
	private static final float JPEG_QUALITY = 0.92f;

	/**
	 * At most two uploads are decoded at once, so that parallel uploads cannot take more
	 * heap than two of the largest allowed images.
	 */
	private static final Semaphore DECODING = new Semaphore(2);

	public enum Format {

		PNG("png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),

		JPEG("jpeg", "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

		private final String imageIoName;

		private final String contentType;

		private final byte[] magic;

		Format(String imageIoName, String contentType, byte[] magic) {
			this.imageIoName = imageIoName;
			this.contentType = contentType;
			this.magic = magic;
		}

		public String contentType() {
			return this.contentType;
		}

		/** The format these bytes start like, or null. */
		static Format sniff(byte[] bytes) {
			for (Format format : values()) {
				if (bytes.length > format.magic.length
						&& Arrays.equals(bytes, 0, format.magic.length, format.magic, 0, format.magic.length)) {
					return format;
				}
			}
			return null;
		}

	}

	/** Why an upload was refused; each caller says it in its own words. */
	public enum Problem {

		/** Not one of the accepted formats by its content. */
		TYPE,
		/** More pixels than {@link #MAX_SIDE} or {@link #MAX_PIXELS} allow. */
		TOO_LARGE,
		/** The caller's own size rule refused the header's width and height. */
		DIMENSIONS,
		/** The header or the image data cannot be read. */
		UNREADABLE

	}

	/** The upload is refused, for {@link #problem()}. */
	public static final class RefusedException extends RuntimeException {

		private final Problem problem;

		RefusedException(Problem problem) {
			super(problem.name(), null, false, false);
			this.problem = problem;
		}

		public Problem problem() {
			return this.problem;
		}

	}

	/**
	 * Reads and rewrites an image of one of these formats, of any size up to the limits.
	 */
	public static UploadedImage read(byte[] bytes, Set<Format> accepted) {
		return read(bytes, accepted, (width, height) -> true);
	}

	/**
	 * Reads and rewrites an image of one of these formats whose width and height (from
	 * the header, before decoding) satisfy {@code size}.
	 * @throws RefusedException naming the problem
	 */
	public static UploadedImage read(byte[] bytes, Set<Format> accepted, BiPredicate<Integer, Integer> size) {
		Format format = (bytes == null) ? null : Format.sniff(bytes);
		if (format == null || !accepted.contains(format)) {
			throw new RefusedException(Problem.TYPE);
		}
		ImageReader reader = ImageIO.getImageReadersByFormatName(format.imageIoName).next();
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			int orientation = (format == Format.JPEG) ? ExifOrientation.of(bytes) : ExifOrientation.NORMAL;
			boolean quarterTurn = ExifOrientation.swapsSides(orientation);
			int width = quarterTurn ? reader.getHeight(0) : reader.getWidth(0);
			int height = quarterTurn ? reader.getWidth(0) : reader.getHeight(0);
			if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
				throw new RefusedException(Problem.TOO_LARGE);
			}
			if (!size.test(width, height)) {
				throw new RefusedException(Problem.DIMENSIONS);
			}
			return new UploadedImage(format, width, height, write(decode(reader, orientation), format));
		}
		catch (IOException | RuntimeException ex) {
			throw (ex instanceof RefusedException refused) ? refused : new RefusedException(Problem.UNREADABLE);
		}
		finally {
			reader.dispose();
		}
	}

	private static BufferedImage decode(ImageReader reader, int orientation) throws IOException {
		try {
			DECODING.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting to decode", ex);
		}
		try {
			return ExifOrientation.apply(reader.read(0), orientation);
		}
		finally {
			DECODING.release();
		}
	}

	/** A new file from the pixels alone: no metadata goes in, nothing after the end. */
	private static byte[] write(BufferedImage image, Format format) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format.imageIoName).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format == Format.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
