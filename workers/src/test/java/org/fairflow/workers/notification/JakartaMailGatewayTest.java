package org.fairflow.workers.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** Sends real SMTP to GreenMail on a free port. */
class JakartaMailGatewayTest {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Test
	void deliversSubjectAndChineseTextInUtf8() throws Exception {
		JakartaMailGateway gateway = new JakartaMailGateway(sender(greenMail.getSmtp().getPort()),
				"noreply@fairflow.local");

		String messageId = gateway.send("case-1/Task_EmailApproved/1/EMAIL", "zhang.san@example.com", "单位审核结果：已通过",
				"尊敬的张三：\n您的单位“示例有限公司”已通过审核。\n— 展会组委会");

		assertThat(messageId).isNotBlank();
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getSubject()).isEqualTo("单位审核结果：已通过");
		assertThat(mail.getFrom()[0]).hasToString("noreply@fairflow.local");
		assertThat(mail.getAllRecipients()[0]).hasToString("zhang.san@example.com");
		assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
		assertThat(((String) mail.getContent()).strip().replace("\r\n", "\n"))
			.isEqualTo("尊敬的张三：\n您的单位“示例有限公司”已通过审核。\n— 展会组委会");
		assertThat(mail.getMessageID()).isEqualTo(messageId);
	}

	@Test
	void throwsWhenTheServerCannotBeReached() {
		JakartaMailGateway gateway = new JakartaMailGateway(sender(1), "noreply@fairflow.local");
		assertThatException().isThrownBy(() -> gateway.send("key", "zhang.san@example.com", "subject", "body"));
	}

	@Test
	void givesEverySendOfAMessageTheMessageIdOfItsKey() throws Exception {
		JakartaMailGateway gateway = new JakartaMailGateway(sender(greenMail.getSmtp().getPort()),
				"展会组委会 <expo@example.org>");

		String first = gateway.send("case-1/Task_EmailApproved/1/EMAIL", "zhang.san@example.com", "结果", "已通过");
		String again = gateway.send("case-1/Task_EmailApproved/1/EMAIL", "zhang.san@example.com", "结果", "已通过");
		String other = gateway.send("case-1/Task_EmailApproved/2/EMAIL", "zhang.san@example.com", "结果", "已通过");

		// SHA-256 of the key, in hex, at the sender's domain.
		assertThat(first).isEqualTo("<" + sha256("case-1/Task_EmailApproved/1/EMAIL") + "@example.org>")
			.isEqualTo(again)
			.isNotEqualTo(other)
			.matches("<[0-9a-f]{64}@example\\.org>");
		assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getMessageID)
			.containsExactly(first, first, other);
	}

	@Test
	void fallsBackToAFixedDomainWhenTheSenderHasNone() throws Exception {
		assertThat(new JakartaMailGateway(sender(1), "noreply").messageId("k")).endsWith("@fairflow>");
		assertThat(new JakartaMailGateway(sender(1), "noreply@fairflow.local").messageId("k"))
			.isEqualTo("<" + sha256("k") + "@fairflow.local>");
	}

	private static String sha256(String text) throws NoSuchAlgorithmException {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static JavaMailSenderImpl sender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		return sender;
	}

}
