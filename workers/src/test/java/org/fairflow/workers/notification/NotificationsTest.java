package org.fairflow.workers.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fairflow.workers.job.TestJob;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The send workers and {@link Notifications} against PostgreSQL (schema workers_test).
 * SMS go to a counting fake provider; e-mail to the logging gateway, as no mail server is
 * configured. Every test uses its own case id, so tests do not see each other's messages.
 */
@SpringBootTest
class NotificationsTest {

	private static final String MOBILE = "+8613812345678";

	private static final String EMAIL = "zhang.san@example.com";

	@TestConfiguration(proxyBeanMethods = false)
	static class FakeProvider {

		@Bean
		@Primary
		CountingSmsGateway countingSmsGateway() {
			return new CountingSmsGateway();
		}

	}

	@Autowired
	SendSmsWorker sms;

	@Autowired
	SendEmailWorker email;

	@Autowired
	Notifications notifications;

	@Autowired
	CountingSmsGateway provider;

	@Autowired
	OutboundMessageRepository repository;

	private final String caseId = UUID.randomUUID().toString();

	private final String mobile = "+86139" + (10_000_000 + (int) (Math.random() * 89_999_999));

	@Test
	void sendsOneSmsWhenTheSameJobIsHandledTwice() {
		assertThat(this.sms.handle(smsJob(1))).isEmpty();
		assertThat(this.sms.handle(smsJob(1))).isEmpty();

		assertThat(this.provider.accepted(this.mobile)).singleElement()
			.satisfies((sent) -> assertThat(sent.body()).isEqualTo("【展会】示例有限公司：您的单位注册已通过审核。"));
		assertThat(this.notifications.forCase(this.caseId)).singleElement().satisfies((message) -> {
			assertThat(message.status()).isEqualTo(MessageStatus.SENT);
			assertThat(message.attempts()).isOne();
			assertThat(message.provider()).isEqualTo("twilio");
			assertThat(message.elementId()).isEqualTo("Task_SmsApproved");
			assertThat(message.sentAt()).isNotNull();
		});
	}

	@Test
	void recordsAProviderFailureMaskedAndSendsOnTheRetry() {
		this.provider.failNext(new IllegalStateException("The 'To' number " + this.mobile + " is unreachable"));

		assertThatExceptionOfType(DeliveryFailedException.class).isThrownBy(() -> this.sms.handle(smsJob(1)))
			.withMessageContaining("is unreachable")
			.withMessageNotContaining(this.mobile);
		assertThat(this.provider.accepted(this.mobile)).isEmpty();
		assertThat(this.notifications.forCase(this.caseId)).singleElement().satisfies((message) -> {
			assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
			assertThat(message.attempts()).isOne();
			assertThat(message.lastError()).contains("IllegalStateException", "****").doesNotContain(this.mobile);
			assertThat(message.sentAt()).isNull();
		});

		this.sms.handle(smsJob(1));

		assertThat(this.provider.accepted(this.mobile)).hasSize(1);
		assertThat(this.notifications.forCase(this.caseId)).singleElement().satisfies((message) -> {
			assertThat(message.status()).isEqualTo(MessageStatus.SENT);
			assertThat(message.attempts()).isEqualTo(2);
		});
	}

	@Test
	void cutsLongProviderErrorsTo1000Characters() {
		this.provider.failNext(new RuntimeException("x".repeat(5000)));

		assertThatExceptionOfType(DeliveryFailedException.class).isThrownBy(() -> this.sms.handle(smsJob(1)));

		assertThat(this.repository.findByIdempotencyKey(this.caseId + "/Task_SmsApproved/1/SMS"))
			.hasValueSatisfying((message) -> assertThat(message.getLastError()).hasSize(1000));
	}

	@Test
	void sendsAgainInALaterReviewRound() {
		this.sms.handle(smsJob(1));
		this.sms.handle(smsJob(2));
		this.sms.handle(smsJob(2));

		assertThat(this.provider.accepted(this.mobile)).hasSize(2);
		assertThat(this.notifications.forCase(this.caseId)).hasSize(2);
	}

	@Test
	void recordsRatherThanSendsThroughTheLoggingGateway() {
		this.email.handle(emailJob());
		this.email.handle(emailJob());

		assertThat(this.notifications.forCase(this.caseId)).singleElement().satisfies((message) -> {
			assertThat(message.channel()).isEqualTo(Channel.EMAIL);
			assertThat(message.status()).isEqualTo(MessageStatus.RECORDED);
			assertThat(message.provider()).isEqualTo("log");
			assertThat(message.attempts()).isOne();
			assertThat(message.subject()).isEqualTo("单位审核结果：示例有限公司");
			assertThat(message.body()).isEqualTo("尊敬的张三：您的单位已通过审核。");
			assertThat(message.sentAt()).isNotNull();
		});
	}

	@Test
	void listsACaseOldestFirstWithMaskedRecipients() {
		this.notifications
			.send(OutboundRequest.of(this.caseId, "Task_SmsUnderReview", 1, Channel.SMS, MOBILE, null, "审核中"));
		this.email.handle(emailJob());

		List<SentMessage> messages = this.notifications.forCase(this.caseId);

		assertThat(messages).extracting(SentMessage::channel).containsExactly(Channel.SMS, Channel.EMAIL);
		assertThat(messages).extracting(SentMessage::maskedRecipient)
			.containsExactly("+86138****5678", "z***@example.com");
		assertThat(messages.get(0).createdAt()).isBeforeOrEqualTo(messages.get(1).createdAt());
	}

	@Test
	void reportsARepeatedSendWithoutSendingAgain() {
		OutboundRequest request = OutboundRequest.of(this.caseId, "Task_SmsApproved", 1, Channel.SMS, this.mobile, null,
				"已通过");

		SendOutcome first = this.notifications.send(request);
		SendOutcome second = this.notifications.send(request);

		assertThat(first.repeated()).isFalse();
		assertThat(first.status()).isEqualTo(MessageStatus.SENT);
		assertThat(first.providerRef()).startsWith("SM-test-");
		assertThat(second.repeated()).isTrue();
		assertThat(second.messageId()).isEqualTo(first.messageId());
		assertThat(second.providerRef()).isEqualTo(first.providerRef());
		assertThat(this.provider.accepted(this.mobile)).hasSize(1);
	}

	@Test
	void skipsAUnitWithoutMobileOrEmailWithoutBlockingTheCase() {
		TestJob noMobile = TestJob.of("send-sms", "Task_SmsApproved")
			.header("template", "已通过")
			.variable("caseId", this.caseId)
			.variable("contactMobile", " ");
		TestJob noEmail = TestJob.of("send-email", "Task_EmailApproved")
			.header("subject", "结果")
			.header("template", "已通过")
			.variable("caseId", this.caseId);

		assertThat(this.sms.handle(noMobile)).isEqualTo(Map.of());
		assertThat(this.email.handle(noEmail)).isEqualTo(Map.of());
		assertThat(this.notifications.forCase(this.caseId)).isEmpty();
	}

	@Test
	void sendsToTheVariableNamedByTheRecipientHeader() {
		this.sms.handle(smsJob(1).header("recipient", "liaisonMobile").variable("liaisonMobile", MOBILE + "9"));

		assertThat(this.provider.accepted(MOBILE + "9")).hasSize(1);
		assertThat(this.provider.accepted(this.mobile)).isEmpty();
	}

	@Test
	void anEnglishReaderGetsTheEnglishSubjectAndText() {
		this.email.handle(emailJob().header("subject_en", "Unit review: ${unitName}")
			.header("template_en", "Dear ${contactName}, your unit has been approved.")
			.variable("language", "en")
			.variable("contactName", "Zhang San"));

		assertThat(this.notifications.forCase(this.caseId)).singleElement().satisfies((message) -> {
			assertThat(message.subject()).isEqualTo("Unit review: 示例有限公司");
			assertThat(message.body()).isEqualTo("Dear Zhang San, your unit has been approved.");
		});
	}

	private TestJob smsJob(int round) {
		return TestJob.of("send-sms", "Task_SmsApproved")
			.header("template", "【展会】${unitName}：您的单位注册已通过审核。")
			.variable("caseId", this.caseId)
			.variable("round", round)
			.variable("unitName", "示例有限公司")
			.variable("contactMobile", this.mobile);
	}

	private TestJob emailJob() {
		return TestJob.of("send-email", "Task_EmailApproved")
			.header("subject", "单位审核结果：${unitName}")
			.header("template", "尊敬的${contactName}：您的单位已通过审核。")
			.variable("caseId", this.caseId)
			.variable("unitName", "示例有限公司")
			.variable("contactName", "张三")
			.variable("contactEmail", EMAIL);
	}

}
