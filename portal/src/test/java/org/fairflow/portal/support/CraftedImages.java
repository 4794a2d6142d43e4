package org.fairflow.portal.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Image files as an attacker writes them: headers that claim more than the file holds,
 * metadata and bytes appended after the image. Built byte by byte, so nothing large is
 * ever allocated.
 */
public final class CraftedImages {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private CraftedImages() {
	}

	/**
	 * A PNG of a few dozen bytes whose header claims {@code width x height} pixels of
	 * 8-bit RGBA (30000x30000 would be 3.6 GB decoded).
	 */
	public static byte[] pngClaiming(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(PNG_SIGNATURE);
		out.writeBytes(chunk("IHDR",
				ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 6, 0, 0, 0 }).array()));
		out.writeBytes(chunk("IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 }));
		out.writeBytes(chunk("IEND", new byte[0]));
		return out.toByteArray();
	}

	/** The same JPEG with its frame header (SOF0) claiming another size. */
	public static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
		byte[] copy = jpeg.clone();
		int sof = segment(copy, 0xC0);
		copy[sof + 5] = (byte) (height >> 8);
		copy[sof + 6] = (byte) height;
		copy[sof + 7] = (byte) (width >> 8);
		copy[sof + 8] = (byte) width;
		return copy;
	}

	/**
	 * The same JPEG with an EXIF segment (APP1) right after the start marker, holding
	 * {@code secret} as, say, a GPS position would be.
	 */
	public static byte[] jpegWithExif(byte[] jpeg, String secret) {
		return withApp1(jpeg, ("Exif\0\0MM\0*\0\0\0\u0008\0\0" + secret).getBytes(StandardCharsets.ISO_8859_1));
	}

	private static byte[] withApp1(byte[] jpeg, byte[] segment) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xD8);
		out.write(0xFF);
		out.write(0xE1);
		out.write((segment.length + 2) >> 8);
		out.write(segment.length + 2);
		out.writeBytes(segment);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/**
	 * The same JPEG with an EXIF segment whose only entry is the orientation (1-8; 6: the
	 * camera was turned a quarter clockwise, the pixels must be turned back).
	 */
	public static byte[] jpegWithOrientation(byte[] jpeg, int orientation) {
		ByteBuffer exif = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4);
		exif.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
		exif.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		exif.putShort((short) 1);
		exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		exif.putInt(0);
		return withApp1(jpeg, exif.array());
	}

	/** The same bytes with {@code trailer} appended after the image's end. */
	public static byte[] appended(byte[] image, String trailer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(image);
		out.writeBytes(trailer.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** Whether {@code text} occurs in the bytes (as ISO-8859-1, byte for byte). */
	public static boolean contains(byte[] bytes, String text) {
		return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length)
			.putInt(data.length)
			.put(name)
			.put(data)
			.putInt((int) crc.getValue())
			.array();
	}

	/** Offset of the first segment with this marker (0xFFxx) in a JPEG. */
	private static int segment(byte[] jpeg, int marker) {
		int i = 2;
		while (i + 4 < jpeg.length) {
			if ((jpeg[i] & 0xFF) != 0xFF) {
				throw new IllegalArgumentException("Not at a JPEG marker: " + i);
			}
			if ((jpeg[i + 1] & 0xFF) == marker) {
				return i;
			}
			i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
		}
		throw new IllegalArgumentException("No segment " + Integer.toHexString(marker));
	}

}
