package org.fairflow.workers.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends plain-text UTF-8 mail through the SMTP server of {@code spring.mail.*}. */
class JakartaMailGateway implements MailGateway {

	private static final Logger log = LoggerFactory.getLogger(JakartaMailGateway.class);

	private final JavaMailSender sender;

	private final String from;

	JakartaMailGateway(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
		log.info("E-mail is sent by SMTP from {}", from);
	}

	@Override
	public String send(String to, String subject, String body) throws MessagingException {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(this.from);
		helper.setTo(to);
		helper.setSubject(subject);
		helper.setText(body, false);
		this.sender.send(message);
		// JavaMailSenderImpl keeps the Message-ID it generated while sending.
		return message.getMessageID();
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
