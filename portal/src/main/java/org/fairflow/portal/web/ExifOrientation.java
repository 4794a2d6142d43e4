package org.fairflow.portal.web;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The EXIF orientation of a JPEG (tag 0x0112, 1-8): phones store the sensor's pixels and
 * say in EXIF how to turn them. Writing an image anew drops EXIF, so the turn is applied
 * to the pixels instead; otherwise a licence photographed upright would be stored lying
 * on its side.
 */
final class ExifOrientation {

	static final int NORMAL = 1;

	private static final int APP1 = 0xE1;

	private static final int START_OF_SCAN = 0xDA;

	private static final int ORIENTATION_TAG = 0x0112;

	/** An APP1 segment that is no EXIF (XMP, say), or EXIF without an orientation. */
	private static final int UNKNOWN = 0;

	private ExifOrientation() {
	}

	/**
	 * The orientation from the JPEG's first EXIF segment (APP1), found by walking the
	 * segments before the image data; {@link #NORMAL} when there is none or it cannot be
	 * read. The bytes are walked here because ImageIO's JPEG metadata refuses common
	 * camera files (EXIF before JFIF).
	 */
	static int of(byte[] jpeg) {
		int i = 2;
		while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
			int marker = jpeg[i + 1] & 0xFF;
			if (marker == START_OF_SCAN) {
				break;
			}
			int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
			if (marker == APP1 && length >= 16 && i + 2 + length <= jpeg.length) {
				int orientation = parse(Arrays.copyOfRange(jpeg, i + 4, i + 2 + length));
				if (orientation != UNKNOWN) {
					return orientation;
				}
			}
			i += 2 + length;
		}
		return NORMAL;
	}

	/** Orientations 5 to 8 turn the image by a quarter: width and height trade places. */
	static boolean swapsSides(int orientation) {
		return orientation >= 5 && orientation <= 8;
	}

	/** The pixels as they are meant to be seen. */
	static BufferedImage apply(BufferedImage image, int orientation) {
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform turn = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
			default -> null;
		};
		if (turn == null) {
			return image;
		}
		BufferedImage turned = new BufferedImage(swapsSides(orientation) ? h : w, swapsSides(orientation) ? w : h,
				BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = turned.createGraphics();
		try {
			graphics.drawImage(image, turn, null);
		}
		finally {
			graphics.dispose();
		}
		return turned;
	}

	/**
	 * Reads tag 0x0112 from IFD0 of an APP1 segment ("Exif\0\0" and a TIFF structure).
	 */
	private static int parse(byte[] app1) {
		try {
			ByteBuffer tiff = ByteBuffer.wrap(app1);
			if (app1.length < 14 || tiff.getInt(0) != 0x45786966) {
				return UNKNOWN;
			}
			tiff = ByteBuffer.wrap(app1, 6, app1.length - 6).slice();
			tiff.order((tiff.get(0) == 'I') ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
			int ifd = tiff.getInt(4);
			int entries = tiff.getShort(ifd) & 0xFFFF;
			for (int i = 0; i < entries; i++) {
				int entry = ifd + 2 + i * 12;
				if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
					int value = tiff.getShort(entry + 8) & 0xFFFF;
					return (value >= 1 && value <= 8) ? value : NORMAL;
				}
			}
			return UNKNOWN;
		}
		catch (RuntimeException ex) {
			// A broken EXIF segment is no reason to refuse the picture.
			return NORMAL;
		}
	}

}
