package org.fairflow.workers.notification;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends plain-text UTF-8 mail through the SMTP server of {@code spring.mail.*}, each with
 * the Message-ID of its message key ({@link KeyedMimeMessage}).
 */
class JakartaMailGateway implements MailGateway {

	private static final Logger log = LoggerFactory.getLogger(JakartaMailGateway.class);

	/** The Message-ID domain when the sender address has none. */
	static final String FALLBACK_DOMAIN = "fairflow";

	private final JavaMailSender sender;

	private final String from;

	private final String domain;

	JakartaMailGateway(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
		this.domain = domainOf(from);
		log.info("E-mail is sent by SMTP from {}", from);
	}

	@Override
	public String send(String messageKey, String to, String subject, String body) throws MessagingException {
		MimeMessage message = new KeyedMimeMessage(session(), messageId(messageKey));
		// Set directly rather than through Spring's MimeMessageHelper, which loads the
		// MIME
		// type table from the class path for every message (2% of the portal's CPU in
		// the auto-approval benchmark): a plain-text message needs none of it.
		message.setFrom(utf8(this.from));
		message.setRecipient(Message.RecipientType.TO, utf8(to));
		message.setSubject(subject, StandardCharsets.UTF_8.name());
		message.setText(body, StandardCharsets.UTF_8.name());
		this.sender.send(message);
		return message.getMessageID();
	}

	/** One address, its display name encoded in UTF-8 (as Spring's helper does). */
	private static InternetAddress utf8(String address) throws MessagingException {
		InternetAddress parsed = new InternetAddress(address, true);
		try {
			return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8 is not supported", ex);
		}
	}

	/** The Message-ID every send of the message with this key carries. */
	String messageId(String messageKey) {
		return KeyedMimeMessage.messageId(messageKey, this.domain);
	}

	/**
	 * The sender's session gives the message its MIME settings ({@code mail.mime.*}); the
	 * sender transports it with its own session either way.
	 */
	private Session session() {
		return (this.sender instanceof JavaMailSenderImpl impl) ? impl.getSession()
				: Session.getInstance(new Properties());
	}

	/**
	 * {@code noreply@fairflow.local} and {@code Expo <expo@example.org>} give their
	 * domain.
	 */
	private static String domainOf(String from) {
		try {
			String address = new InternetAddress(from).getAddress();
			int at = (address != null) ? address.lastIndexOf('@') : -1;
			return (at > 0 && at < address.length() - 1) ? address.substring(at + 1) : FALLBACK_DOMAIN;
		}
		catch (AddressException ex) {
			return FALLBACK_DOMAIN;
		}
	}

	@Override
	public String provider() {
		return "smtp";
	}

	@Override
	public boolean simulated() {
		return false;
	}

}
