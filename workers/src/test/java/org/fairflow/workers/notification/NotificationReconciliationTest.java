package org.fairflow.workers.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.fairflow.workers.job.RetryLater;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Notifications effectively once, against PostgreSQL, the real Twilio SDK talking to a
 * local stand-in for Twilio's API, and real SMTP to GreenMail. A worker "dies" by an
 * {@link Error} thrown by its gateway just before or after the provider call: nothing
 * after it runs, as after kill -9, and the PENDING row stays behind. A second
 * {@link Notifications} is the resumed worker (another JVM). That the in-flight limit has
 * passed since (the attempt's job timed out, its JVM is long dead) is simulated by moving
 * the row's claim back in time.
 */
@SpringBootTest
class NotificationReconciliationTest {

	private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	private static final String SENDER = "+15005550006";

	private static final String TEXT = "【展会】示例有限公司：您的单位注册已通过审核。";

	private static final Duration IN_FLIGHT_LIMIT = Duration.ofMinutes(1);

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	OutboundMessageRepository repository;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	private final String caseId = UUID.randomUUID().toString();

	private final String mobile = "+86139" + (10_000_000 + (int) (Math.random() * 89_999_999));

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private TwilioStub twilio;

	private TwilioSmsGateway sms;

	private JakartaMailGateway mail;

	@BeforeEach
	void startProviders() throws Exception {
		this.twilio = new TwilioStub();
		this.sms = new TwilioSmsGateway(new TwilioSettings(ACCOUNT, "token", SENDER, null, this.twilio.baseUrl()));
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		this.mail = new JakartaMailGateway(sender, "noreply@fairflow.local");
	}

	@AfterEach
	void stopProviders() {
		this.threads.shutdownNow();
		this.twilio.close();
	}

	@Test
	void anSmsThatTwilioAcceptedBeforeTheWorkerDiedIsReconciledNotSentAgain() {
		OutboundRequest request = sms(1);
		died(request, diesAfter(this.sms));
		assertThat(stored(request).getStatus()).isEqualTo(MessageStatus.PENDING);
		String sid = this.twilio.messages().get(0).sid();

		Notifications resumed = notifications(this.sms);
		// Right after the crash nobody can tell a dead attempt from a slow one: wait.
		assertThatExceptionOfType(RetryLater.class).isThrownBy(() -> resumed.send(request))
			.satisfies((later) -> assertThat(later.after()).isPositive().isLessThanOrEqualTo(IN_FLIGHT_LIMIT));
		inFlightLimitPassed(request);
		SendOutcome outcome = resumed.send(request);

		assertThat(outcome.status()).isEqualTo(MessageStatus.RECONCILED);
		assertThat(outcome.providerRef()).isEqualTo(sid);
		assertThat(outcome.attempts()).isOne();
		assertThat(this.twilio.posts()).hasSize(1);
		assertThat(this.twilio.reads()).isNotEmpty();
		assertThat(view(request)).satisfies((message) -> {
			assertThat(message.status()).isEqualTo(MessageStatus.RECONCILED);
			assertThat(message.reconciledAt()).isNotNull();
			assertThat(message.note()).isNull();
		});
		assertThat(resumed.send(request).repeated()).isTrue();
		assertThat(this.twilio.posts()).hasSize(1);
	}

	@Test
	void aSoleProcessReconcilesAnAttemptOfTheProcessBeforeItAtOnce() {
		OutboundRequest request = sms(1);
		died(request, notifications(diesAfter(this.sms), true));
		String sid = this.twilio.messages().get(0).sid();

		// The portal with its embedded engine restarted: the attempt's process is gone.
		SendOutcome outcome = notifications(this.sms, true).send(request);

		assertThat(outcome.status()).isEqualTo(MessageStatus.RECONCILED);
		assertThat(outcome.providerRef()).isEqualTo(sid);
		assertThat(this.twilio.posts()).hasSize(1);
	}

	@Test
	void aSoleProcessStillWaitsForItsOwnAttemptInFlight() throws Exception {
		OutboundRequest request = sms(1);
		Notifications sole = notifications(diesAfter(this.sms), true);
		died(request, sole);

		assertThatExceptionOfType(RetryLater.class).isThrownBy(() -> sole.send(request));
		assertThat(this.twilio.posts()).hasSize(1);
	}

	@Test
	void anSmsStillQueuedAtTwilioIsReconciledToo() {
		this.twilio.queueAccepted();
		OutboundRequest request = sms(1);
		died(request, diesAfter(this.sms));
		inFlightLimitPassed(request);

		SendOutcome outcome = notifications(this.sms).send(request);

		assertThat(outcome.status()).isEqualTo(MessageStatus.RECONCILED);
		assertThat(outcome.providerRef()).isEqualTo(this.twilio.messages().get(0).sid());
		assertThat(this.twilio.posts()).hasSize(1);
	}

	@Test
	void anSmsThatNeverReachedTwilioIsSentOnceOnResume() {
		OutboundRequest request = sms(1);
		died(request, diesBefore(this.sms));
		inFlightLimitPassed(request);

		SendOutcome outcome = notifications(this.sms).send(request);

		assertThat(outcome.status()).isEqualTo(MessageStatus.SENT);
		assertThat(outcome.attempts()).isEqualTo(2);
		assertThat(this.twilio.posts()).hasSize(1);
		assertThat(this.twilio.received().get(0).method()).as("asked before sending").isEqualTo("GET");
		assertThat(view(request)).satisfies((message) -> {
			assertThat(message.status()).isEqualTo(MessageStatus.SENT);
			assertThat(message.note()).isEqualTo(DeliveryNote.NOT_FOUND_SENT_AGAIN);
			assertThat(message.attempts()).isEqualTo(2);
		});
		assertThat(notifications(this.sms).send(request).repeated()).isTrue();
		assertThat(this.twilio.posts()).hasSize(1);
	}

	@Test
	void aLookupThatFailsFailsTheJobAndSendsNothing() {
		OutboundRequest request = sms(1);
		died(request, diesBefore(this.sms));
		inFlightLimitPassed(request);
		this.twilio.failReads(500);
		Notifications resumed = notifications(this.sms);

		assertThatExceptionOfType(DeliveryFailedException.class).isThrownBy(() -> resumed.send(request))
			.withMessageContaining("Lookup failed");

		assertThat(this.twilio.posts()).isEmpty();
		assertThat(view(request)).satisfies((message) -> {
			assertThat(message.status()).isEqualTo(MessageStatus.UNKNOWN);
			assertThat(message.lastError()).contains("Lookup failed").doesNotContain(this.mobile);
			assertThat(message.attempts()).isOne();
		});

		// The job's retry asks again at once: the failed lookup left the row to nobody.
		this.twilio.failReads(0);
		assertThat(resumed.send(request).status()).isEqualTo(MessageStatus.SENT);
		assertThat(this.twilio.posts()).hasSize(1);
	}

	@Test
	void anAnswerLostOnTheWayBackIsReconciledOnTheNextAttempt() {
		this.twilio.dropPostAnswers();
		OutboundRequest request = sms(1);
		Notifications notifications = notifications(this.sms);

		assertThatExceptionOfType(DeliveryFailedException.class).isThrownBy(() -> notifications.send(request))
			.withMessageContaining("No certain answer from Twilio");
		assertThat(stored(request).getStatus()).isEqualTo(MessageStatus.UNKNOWN);

		SendOutcome outcome = notifications.send(request);

		assertThat(outcome.status()).isEqualTo(MessageStatus.RECONCILED);
		assertThat(outcome.providerRef()).isEqualTo(this.twilio.messages().get(0).sid());
		assertThat(this.twilio.posts()).hasSize(1);
	}

	@Test
	void aSlowProviderCutMidCallSendsExactlyOnce() throws Exception {
		this.twilio.delay(300);
		TwilioStub.Gate held = this.twilio.holdPosts();
		OutboundRequest request = sms(1);
		Future<SendOutcome> first = this.threads.submit(() -> notifications(this.sms).send(request));
		assertThat(held.awaitArrival()).isTrue();
		// Twilio has the message, its answer has not come back: the job times out and
		// the engine hands it to another worker, while the first one still waits.
		inFlightLimitPassed(request);

		SendOutcome second = notifications(this.sms).send(request);
		held.release();
		SendOutcome late = first.get(30, TimeUnit.SECONDS);

		String sid = this.twilio.messages().get(0).sid();
		assertThat(this.twilio.posts()).hasSize(1);
		assertThat(second.status()).isEqualTo(MessageStatus.RECONCILED);
		assertThat(second.providerRef()).isEqualTo(sid);
		// The first attempt's late answer changes nothing.
		assertThat(late.repeated()).isTrue();
		assertThat(late.status()).isEqualTo(MessageStatus.RECONCILED);
		assertThat(stored(request).getStatus()).isEqualTo(MessageStatus.RECONCILED);
		assertThat(stored(request).getProviderRef()).isEqualTo(sid);
	}

	@Test
	void anAttemptThatMayStillBeAtTheProviderIsWaitedForNeverOvertaken() throws Exception {
		TwilioStub.Gate held = this.twilio.holdPosts();
		OutboundRequest request = sms(1);
		Future<SendOutcome> first = this.threads.submit(() -> notifications(this.sms).send(request));
		assertThat(held.awaitArrival()).isTrue();

		assertThatExceptionOfType(RetryLater.class).isThrownBy(() -> notifications(this.sms).send(request));
		assertThat(this.twilio.reads()).isEmpty();

		held.release();
		assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(MessageStatus.SENT);
		assertThat(notifications(this.sms).send(request).repeated()).isTrue();
		assertThat(this.twilio.posts()).hasSize(1);
	}

	@Test
	void ofTwoConcurrentAttemptsForAnUnknownOutcomeExactlyOneProceeds() throws Exception {
		// A slow lookup, so that the two attempts overlap.
		this.twilio.delay(200);
		for (int round = 1; round <= 3; round++) {
			OutboundRequest request = sms(round);
			died(request, diesBefore(this.sms));
			inFlightLimitPassed(request);

			List<Object> results = concurrently(() -> notifications(this.sms).send(request),
					() -> notifications(this.sms).send(request));

			assertThat(results).filteredOn(SendOutcome.class::isInstance)
				.singleElement()
				.satisfies((outcome) -> assertThat(((SendOutcome) outcome).status()).isEqualTo(MessageStatus.SENT));
			assertThat(results).filteredOn(RetryLater.class::isInstance).hasSize(1);
			assertThat(this.twilio.posts()).hasSize(round);
		}
	}

	@Test
	void ofTwoFirstAttemptsAtOnceExactlyOneSends() throws Exception {
		this.twilio.delay(200);
		OutboundRequest request = sms(1);

		List<Object> results = concurrently(() -> notifications(this.sms).send(request),
				() -> notifications(this.sms).send(request));

		assertThat(results).filteredOn(SendOutcome.class::isInstance).hasSize(1);
		assertThat(results).filteredOn(RetryLater.class::isInstance).hasSize(1);
		assertThat(this.twilio.posts()).hasSize(1);
	}

	@Test
	void aFirstAttemptThatCannotBeStoredFailsRatherThanWaits() {
		OutboundRequest unstorable = OutboundRequest.of(this.caseId, "Task_SmsApproved", 1, Channel.SMS,
				"+86" + "1".repeat(400), null, TEXT);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> notifications(this.sms).send(unstorable));
		assertThat(this.twilio.posts()).isEmpty();
	}

	@Test
	void aMessageThatAnotherMessageHoldsIsNotTakenForTheLostOne() {
		// Two steps may send one text to one number; the first went out normally.
		SendOutcome other = notifications(this.sms).send(sms(1));
		OutboundRequest request = OutboundRequest.of(this.caseId, "Task_SmsFirstApproved", 1, Channel.SMS, this.mobile,
				null, TEXT);
		died(request, diesBefore(this.sms));
		inFlightLimitPassed(request);

		SendOutcome outcome = notifications(this.sms).send(request);

		assertThat(outcome.status()).isEqualTo(MessageStatus.SENT);
		assertThat(outcome.providerRef()).isNotEqualTo(other.providerRef());
		assertThat(this.twilio.posts()).hasSize(2);
	}

	@Test
	void anEmailOfUnknownOutcomeIsSentAgainWithTheSameMessageId() throws Exception {
		OutboundRequest request = email(1);
		died(request, notifications(this.sms, diesAfter(this.mail)));
		inFlightLimitPassed(request);

		SendOutcome outcome = notifications(this.sms, this.mail).send(request);
		notifications(this.sms, this.mail).send(email(2));

		assertThat(outcome.status()).isEqualTo(MessageStatus.SENT);
		assertThat(outcome.attempts()).isEqualTo(2);
		assertThat(view(request).note()).isEqualTo(DeliveryNote.RESENT_SAME_MESSAGE_ID);
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(3);
		String messageId = this.mail.messageId(request.idempotencyKey());
		assertThat(messageId).matches("<[0-9a-f]{64}@fairflow\\.local>");
		assertThat(outcome.providerRef()).isEqualTo(messageId);
		assertThat(received[0].getMessageID()).isEqualTo(messageId);
		assertThat(received[1].getMessageID()).isEqualTo(messageId);
		assertThat(received[2].getMessageID()).isNotEqualTo(messageId)
			.isEqualTo(this.mail.messageId(email(2).idempotencyKey()));
	}

	@Test
	void theLoggingGatewayRecordsAnUnknownOutcomeAgain() {
		LoggingSmsGateway log = new LoggingSmsGateway();
		OutboundRequest request = sms(1);
		died(request, diesAfter(log));
		inFlightLimitPassed(request);

		SendOutcome outcome = notifications(log).send(request);

		assertThat(outcome.status()).isEqualTo(MessageStatus.RECORDED);
		assertThat(outcome.attempts()).isEqualTo(2);
		assertThat(view(request).note()).isEqualTo(DeliveryNote.RECORDED_AGAIN);
	}

	private Notifications notifications(SmsGateway smsGateway) {
		return notifications(smsGateway, this.mail);
	}

	private Notifications notifications(SmsGateway smsGateway, MailGateway mailGateway) {
		return new Notifications(this.repository, smsGateway, mailGateway, this.transactions, IN_FLIGHT_LIMIT, false);
	}

	/**
	 * With {@code soleProcess}: the portal with its embedded engine, alone on the data.
	 */
	private Notifications notifications(SmsGateway smsGateway, boolean soleProcess) {
		return new Notifications(this.repository, smsGateway, this.mail, this.transactions, IN_FLIGHT_LIMIT,
				soleProcess);
	}

	private OutboundRequest sms(int round) {
		return OutboundRequest.of(this.caseId, "Task_SmsApproved", round, Channel.SMS, this.mobile, null, TEXT);
	}

	private OutboundRequest email(int round) {
		return OutboundRequest.of(this.caseId, "Task_EmailApproved", round, Channel.EMAIL, "zhang.san@example.com",
				"单位审核结果", "尊敬的张三：您的单位已通过审核。");
	}

	/**
	 * The worker handling the request dies at its provider call; the row stays PENDING.
	 */
	private void died(OutboundRequest request, SmsGateway dying) {
		died(request, notifications(dying));
	}

	private void died(OutboundRequest request, Notifications dying) {
		assertThatExceptionOfType(WorkerDied.class).isThrownBy(() -> dying.send(request));
	}

	/** As if the in-flight limit had passed since the row's owner took it. */
	private void inFlightLimitPassed(OutboundRequest request) {
		assertThat(this.jdbc.update(
				"update notification_message set claimed_at = claimed_at - interval '1 hour' where idempotency_key = ?",
				request.idempotencyKey()))
			.isOne();
	}

	private OutboundMessage stored(OutboundRequest request) {
		return this.repository.findByIdempotencyKey(request.idempotencyKey()).orElseThrow();
	}

	private SentMessage view(OutboundRequest request) {
		return stored(request).view();
	}

	/** Runs both at the same moment; each result is its outcome or what it threw. */
	private List<Object> concurrently(Callable<SendOutcome> one, Callable<SendOutcome> two) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		List<Future<SendOutcome>> futures = new ArrayList<>();
		for (Callable<SendOutcome> attempt : List.of(one, two)) {
			futures.add(this.threads.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				return attempt.call();
			}));
		}
		List<Object> results = new ArrayList<>();
		for (Future<SendOutcome> future : futures) {
			try {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			catch (ExecutionException ex) {
				results.add(ex.getCause());
			}
		}
		return results;
	}

	/** The JVM dies: what follows the provider call never runs, as after kill -9. */
	static final class WorkerDied extends Error {

		WorkerDied() {
			super("kill -9");
		}

	}

	private static SmsGateway diesAfter(SmsGateway gateway) {
		return new DyingSmsGateway(gateway, false);
	}

	private static SmsGateway diesBefore(SmsGateway gateway) {
		return new DyingSmsGateway(gateway, true);
	}

	private static MailGateway diesAfter(MailGateway gateway) {
		return new MailGateway() {

			@Override
			public String send(String messageKey, String to, String subject, String body) throws Exception {
				gateway.send(messageKey, to, subject, body);
				throw new WorkerDied();
			}

			@Override
			public String provider() {
				return gateway.provider();
			}

			@Override
			public boolean simulated() {
				return gateway.simulated();
			}

		};
	}

	private record DyingSmsGateway(SmsGateway gateway, boolean beforeTheCall) implements SmsGateway {

		@Override
		public String send(String to, String body) throws Exception {
			if (!this.beforeTheCall) {
				this.gateway.send(to, body);
			}
			throw new WorkerDied();
		}

		@Override
		public List<String> findSent(String to, String body, Instant attemptStartedAt) throws Exception {
			return this.gateway.findSent(to, body, attemptStartedAt);
		}

		@Override
		public String provider() {
			return this.gateway.provider();
		}

		@Override
		public boolean simulated() {
			return this.gateway.simulated();
		}

	}

}
