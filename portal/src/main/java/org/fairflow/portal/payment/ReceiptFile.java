package org.fairflow.portal.payment;

import java.util.Arrays;
import java.util.EnumSet;

import org.fairflow.portal.web.UploadedImage;

/**
 * A bank-transfer receipt as uploaded: PDF, JPEG or PNG, told by its first bytes (never
 * by its name or the browser's content type), at most 5 MB; an image also within
 * {@link UploadedImage}'s pixel limits. Public for finance's bank-refund receipts
 * ({@code refund}), which follow the same rules.
 */
public record ReceiptFile(String fileName, String contentType, byte[] content) {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/**
	 * @throws PaymentException with a message for the payer when the file is missing, too
	 * large or of another type
	 */
	public static ReceiptFile of(String originalName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new PaymentException("payment.receipt.missing");
		}
		if (content.length > MAX_BYTES) {
			throw new PaymentException("payment.receipt.tooLarge", 5);
		}
		String type = startsWith(content, PDF) ? "application/pdf"
				: startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : null;
		if (type == null) {
			throw new PaymentException("payment.receipt.badType");
		}
		byte[] stored = type.startsWith("image/") ? rewrittenImage(content) : content;
		return new ReceiptFile(cleanName(originalName, type), type, stored);
	}

	/**
	 * An image receipt is kept as written anew (no metadata, nothing appended); a PDF is
	 * kept as uploaded: finance opens it, and it is served with its type and nosniff.
	 */
	private static byte[] rewrittenImage(byte[] content) {
		try {
			return UploadedImage.read(content, EnumSet.of(UploadedImage.Format.PNG, UploadedImage.Format.JPEG))
				.content();
		}
		catch (UploadedImage.RefusedException ex) {
			throw (ex.problem() == UploadedImage.Problem.TOO_LARGE) ? new PaymentException("payment.receipt.pixels")
					: new PaymentException("payment.receipt.badType");
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	/** Only the last path segment, printable, at most 100 characters. */
	private static String cleanName(String name, String type) {
		String base = (name == null) ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (base.isEmpty()) {
			base = "receipt" + (type.endsWith("pdf") ? ".pdf" : type.endsWith("png") ? ".png" : ".jpg");
		}
		return (base.length() > 100) ? base.substring(base.length() - 100) : base;
	}

	@Override
	public String toString() {
		return "ReceiptFile[" + this.fileName + ", " + this.contentType + ", " + this.content.length + " bytes]";
	}

}
