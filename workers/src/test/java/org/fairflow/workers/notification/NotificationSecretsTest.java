package org.fairflow.workers.notification;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fairflow.workers.job.TestJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code secrets} header: a meeting's password and host key reach the stored message
 * (the applicant reads it on the progress page) but no log line and no operator's error
 * text. Against PostgreSQL, through the logging gateways (which log every message) and
 * through a provider whose error quotes the text.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationSecretsTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final String PASSWORD = "640275";

	private static final String HOST_KEY = "915382";

	private static final String TEMPLATE = "【展会】您申请的“${meetingName}”已分配云会议室。会议日期：${meetingStart:date}，"
			+ "会议号：${meetingNumber}，密码：${meetingPassword}，主持人秘钥：${hostKey}。";

	@Autowired
	OutboundMessageRepository repository;

	@Autowired
	PlatformTransactionManager transactions;

	private final String caseId = UUID.randomUUID().toString();

	private final String mobile = "+86139" + (10_000_000 + (int) (Math.random() * 89_999_999));

	private Notifications logging;

	@BeforeEach
	void build() {
		this.logging = new Notifications(this.repository, new LoggingSmsGateway(), new LoggingMailGateway(),
				this.transactions, Duration.ofMinutes(1), false);
	}

	@Test
	void theLoggedSmsHidesThePasswordAndHostKeyWhileTheStoredMessageKeepsThem(CapturedOutput output) {
		new SendSmsWorker(this.logging, SHANGHAI).handle(smsJob());

		assertThat(this.logging.forCase(this.caseId)).singleElement().satisfies((message) -> {
			assertThat(message.status()).isEqualTo(MessageStatus.RECORDED);
			assertThat(message.body()).isEqualTo("【展会】您申请的“数字贸易论坛”已分配云会议室。会议日期：2027-11-06，会议号：4721093586，" + "密码："
					+ PASSWORD + "，主持人秘钥：" + HOST_KEY + "。");
		});
		assertThat(output).contains("SMS recorded, not sent", "会议号：4721093586，密码：******，主持人秘钥：******。");
		assertThat(output).doesNotContain(PASSWORD).doesNotContain(HOST_KEY);
	}

	@Test
	void theLoggedMailHidesTheSecretsInSubjectAndBody(CapturedOutput output) {
		TestJob job = smsJob().header("subject", "会议室 ${meetingNumber} / ${meetingPassword}")
			.variable("contactEmail", "zhang.san@example.com");

		new SendEmailWorker(this.logging, SHANGHAI).handle(job);

		assertThat(this.logging.forCase(this.caseId)).singleElement().satisfies((message) -> {
			assertThat(message.subject()).isEqualTo("会议室 4721093586 / " + PASSWORD);
			assertThat(message.body()).contains("密码：" + PASSWORD, "主持人秘钥：" + HOST_KEY);
		});
		assertThat(output).contains("E-mail recorded, not sent", "[会议室 4721093586 / ******]", "密码：******");
		assertThat(output).doesNotContain(PASSWORD).doesNotContain(HOST_KEY);
	}

	@Test
	void aProviderErrorThatQuotesTheTextIsStoredAndReportedWithoutTheSecrets(CapturedOutput output) {
		CountingSmsGateway provider = new CountingSmsGateway();
		Notifications notifications = new Notifications(this.repository, provider, new LoggingMailGateway(),
				this.transactions, Duration.ofMinutes(1), false);
		provider.failNext(new IllegalArgumentException(
				"Message refused: '密码：" + PASSWORD + "，主持人秘钥：" + HOST_KEY + "' contains a blocked word"));

		assertThatExceptionOfType(DeliveryFailedException.class)
			.isThrownBy(() -> new SendSmsWorker(notifications, SHANGHAI).handle(smsJob()))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("密码：******")
				.doesNotContain(PASSWORD)
				.doesNotContain(HOST_KEY));

		assertThat(notifications.forCase(this.caseId)).singleElement().satisfies((message) -> {
			assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
			assertThat(message.lastError()).contains("主持人秘钥：******").doesNotContain(PASSWORD).doesNotContain(HOST_KEY);
			assertThat(message.body()).contains(PASSWORD, HOST_KEY);
		});
		assertThat(output).contains("failed on attempt 1").doesNotContain(PASSWORD).doesNotContain(HOST_KEY);

		new SendSmsWorker(notifications, SHANGHAI).handle(smsJob());

		assertThat(provider.accepted(this.mobile)).singleElement()
			.satisfies((sms) -> assertThat(sms.body()).contains("密码：" + PASSWORD, "主持人秘钥：" + HOST_KEY));
	}

	@Test
	void secretsNameVariablesByPathAndIgnoreMissingOnes() {
		TestJob job = TestJob.of("send-sms", "Task_Sms")
			.header("secrets", " room.password , nowhere,,")
			.variable("room", Map.of("password", "778899"));

		Secrets secrets = NotificationText.secrets(job, job.getVariablesAsMap());

		assertThat(secrets.hide("pw 778899, again 778899")).isEqualTo("pw ******, again ******");
		assertThat(secrets.toString()).doesNotContain("778899");
		assertThat(NotificationText.secrets(TestJob.of("send-sms", "Task_Sms"), Map.of()).isEmpty()).isTrue();
		assertThat(Secrets.of(List.of("12", "123", " ")).hide("x123y12")).isEqualTo("x******y******");
	}

	private TestJob smsJob() {
		return TestJob.of("send-sms", "Task_SmsOnlineRoom")
			.header("template", TEMPLATE)
			.header("secrets", "meetingPassword,hostKey")
			.variable("caseId", this.caseId)
			.variable("round", 1)
			.variable("meetingName", "数字贸易论坛")
			.variable("meetingStart", "2027-11-06T02:00:00Z")
			.variable("meetingNumber", "4721093586")
			.variable("meetingPassword", PASSWORD)
			.variable("hostKey", HOST_KEY)
			.variable("contactMobile", this.mobile);
	}

}
