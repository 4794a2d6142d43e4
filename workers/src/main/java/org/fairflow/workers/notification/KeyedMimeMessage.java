package org.fairflow.workers.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail whose Message-ID follows from its message's idempotency key rather than from the
 * clock, so that every send of one message carries the same id. SMTP has no way to ask
 * whether a mail was accepted: after an unknown outcome the mail is sent again, and the
 * equal Message-ID lets servers and mail clients that de-duplicate recognise the copy
 * (and a reader tell it apart from a new message). Overriding {@link #updateMessageID()}
 * is JavaMail's documented way to set one's own id.
 */
final class KeyedMimeMessage extends MimeMessage {

	private final String messageId;

	KeyedMimeMessage(Session session, String messageId) {
		super(session);
		this.messageId = messageId;
	}

	/**
	 * {@code <sha256-hex-of-the-key@domain>}: the key names the case, and a hash keeps
	 * case ids out of mail headers.
	 */
	static String messageId(String idempotencyKey, String domain) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
			return "<" + HexFormat.of().formatHex(hash) + "@" + domain + ">";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	@Override
	protected void updateMessageID() throws MessagingException {
		setHeader("Message-ID", this.messageId);
	}

}
