package org.fairflow.portal.exhibit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An uploaded PNG, JPEG, GIF or BMP, checked and written anew: the type by its first
 * bytes, the size before anything is read, the pixels from the header before decoding (a
 * small file can claim gigabytes of raster), then decoded once and written as JPEG (a
 * photo) or PNG (everything else), which drops metadata and anything appended. A GIF
 * keeps its first frame.
 *
 * @param contentType {@code image/png} or {@code image/jpeg}
 */
public record ExhibitImage(String contentType, int width, int height, byte[] content) {

	/** The longest side accepted: far beyond any booth picture. */
	public static final int MAX_SIDE = 6000;

	private static final float JPEG_QUALITY = 0.9f;

	/** At most two images decoded at once: parallel uploads cannot exhaust the heap. */
	private static final Semaphore DECODING = new Semaphore(2);

	private enum Type {

		PNG("png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
		JPEG("jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }), GIF("gif", "GIF8".getBytes()),
		BMP("bmp", "BM".getBytes());

		private final String reader;

		private final byte[] magic;

		Type(String reader, byte[] magic) {
			this.reader = reader;
			this.magic = magic;
		}

		static Type sniff(byte[] bytes) {
			for (Type type : values()) {
				if (bytes.length > type.magic.length + 8
						&& Arrays.equals(bytes, 0, type.magic.length, type.magic, 0, type.magic.length)) {
					return type;
				}
			}
			return null;
		}

	}

	/**
	 * Checks and rewrites an image for a use.
	 * @param field the form field a refusal names
	 * @throws ExhibitRefusedException {@code exhibit.image.required}, {@code .tooLarge},
	 * {@code .type} or {@code .pixels}; nothing is kept
	 */
	public static ExhibitImage of(String field, ImageUse use, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new ExhibitRefusedException(field, "exhibit.image.required");
		}
		if (bytes.length > use.maxBytes()) {
			throw new ExhibitRefusedException(field, "exhibit.image.tooLarge", use.maxMegabytes());
		}
		Type type = Type.sniff(bytes);
		if (type == null) {
			throw new ExhibitRefusedException(field, "exhibit.image.type");
		}
		ImageReader reader = ImageIO.getImageReadersByFormatName(type.reader).next();
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
				throw new ExhibitRefusedException(field, "exhibit.image.pixels", MAX_SIDE, MAX_SIDE);
			}
			BufferedImage image = decode(reader);
			boolean photo = type == Type.JPEG;
			return new ExhibitImage(photo ? "image/jpeg" : "image/png", width, height, write(image, photo));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ExhibitRefusedException refused) {
				throw refused;
			}
			throw new ExhibitRefusedException(field, "exhibit.image.type");
		}
		finally {
			reader.dispose();
		}
	}

	private static BufferedImage decode(ImageReader reader) throws IOException {
		try {
			DECODING.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting to decode", ex);
		}
		try {
			return reader.read(0);
		}
		finally {
			DECODING.release();
		}
	}

	private static byte[] write(BufferedImage image, boolean photo) throws IOException {
		BufferedImage pixels = image;
		if (photo && image.getColorModel().hasAlpha()) {
			pixels = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			pixels.getGraphics().drawImage(image, 0, 0, null);
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName(photo ? "jpeg" : "png").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (photo) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			writer.write(null, new IIOImage(pixels, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
