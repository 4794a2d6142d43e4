package org.fairflow.workers.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

import com.twilio.exception.ApiException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Runs the real Twilio SDK against a local stub, through the base-url redirect. */
class TwilioSmsGatewayTest {

	private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	private static final String TOKEN = "test-auth-token";

	private static final String MOBILE = "+8613812345678";

	private static final String TEXT = "【展会】您的单位“示例有限公司”已通过审核。";

	private TwilioStub stub;

	@BeforeEach
	void startStub() throws Exception {
		this.stub = new TwilioStub();
	}

	@AfterEach
	void stopStub() {
		this.stub.close();
	}

	@Test
	void postsToTheMessagesResourceWithBasicAuthAndReturnsTheMessageSid() throws Exception {
		TwilioSmsGateway gateway = new TwilioSmsGateway(
				new TwilioSettings(ACCOUNT, TOKEN, "+15005550006", null, this.stub.baseUrl()));

		String sid = gateway.send("+8613812345678", TEXT);

		assertThat(sid).startsWith("SM").hasSize(34);
		assertThat(this.stub.received()).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json");
			assertThat(request.authorization()).isEqualTo("Basic "
					+ Base64.getEncoder().encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
			assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
			assertThat(request.form()).containsEntry("To", "+8613812345678")
				.containsEntry("From", "+15005550006")
				.containsEntry("Body", TEXT)
				.doesNotContainKey("MessagingServiceSid");
		});
	}

	@Test
	void sendsThroughAMessagingServiceInsteadOfAFixedSender() throws Exception {
		TwilioSmsGateway gateway = new TwilioSmsGateway(
				new TwilioSettings(ACCOUNT, TOKEN, null, "MG0123456789abcdef0123456789abcdef", this.stub.baseUrl()));

		assertThat(gateway.send("+8613812345678", TEXT)).startsWith("SM");
		assertThat(this.stub.received()).singleElement()
			.satisfies((request) -> assertThat(request.form())
				.containsEntry("MessagingServiceSid", "MG0123456789abcdef0123456789abcdef")
				.doesNotContainKey("From"));
	}

	@Test
	void keepsAPathPrefixOfTheBaseUrl() throws Exception {
		TwilioSmsGateway gateway = new TwilioSmsGateway(
				new TwilioSettings(ACCOUNT, TOKEN, "+15005550006", null, this.stub.baseUrl() + "/twilio/"));

		gateway.send("+8613812345678", TEXT);

		assertThat(this.stub.received()).singleElement()
			.satisfies((request) -> assertThat(request.path())
				.isEqualTo("/twilio/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json"));
	}

	@Test
	void throwsWhenTwilioRejectsTheMessage() {
		this.stub.answer(400, """
				{"code": 21211, "message": "The 'To' number +8613800000000 is not a valid phone number.",
				 "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}
				""");
		TwilioSmsGateway gateway = new TwilioSmsGateway(
				new TwilioSettings(ACCOUNT, TOKEN, "+15005550006", null, this.stub.baseUrl()));

		assertThatException().isThrownBy(() -> gateway.send("+8613800000000", TEXT))
			.isInstanceOf(ApiException.class)
			.withMessageContaining("is not a valid phone number");
		assertThat(this.stub.received()).hasSize(1);
	}

	@Test
	void refusesWithoutDoubtWhenTwilioIsUnavailable() {
		this.stub.answer(503, "{\"code\": 20503, \"message\": \"Service unavailable\", \"status\": 503}");

		// Twilio took nothing. One try only (the SDK would retry any 5xx three times):
		// the
		// job's retry is what tries again, recorded and visible.
		assertThatException().isThrownBy(() -> gateway("+15005550006").send(MOBILE, TEXT))
			.isInstanceOf(ApiException.class);
		assertThat(this.stub.received()).hasSize(1);
	}

	@Test
	void reportsAnUnknownOutcomeWhenTwilioFailsInternally() {
		this.stub.answer(500, "{\"code\": 20500, \"message\": \"Internal Server Error\", \"status\": 500}");

		// An internal error may come after the message was stored.
		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> gateway("+15005550006").send(MOBILE, TEXT))
			.withMessageContaining("HTTP 500");
		this.stub.answer(500, "");
		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> gateway("+15005550006").send(MOBILE, TEXT));
		assertThat(this.stub.received()).hasSize(2);
	}

	@Test
	void reportsAnUnknownOutcomeWhenTheConnectionDropsAfterTheRequest() throws Exception {
		this.stub.dropPostAnswers();
		TwilioSmsGateway gateway = gateway("+15005550006");

		assertThatExceptionOfType(OutcomeUnknownException.class).isThrownBy(() -> gateway.send(MOBILE, TEXT))
			.withMessageNotContaining("13812345678");
		assertThat(this.stub.messages()).hasSize(1);
	}

	@Test
	void refusesWithoutDoubtWhenTwilioCannotBeReached() {
		TwilioSmsGateway gateway = new TwilioSmsGateway(
				new TwilioSettings(ACCOUNT, TOKEN, "+15005550006", null, "http://127.0.0.1:1"));

		assertThatException().isThrownBy(() -> gateway.send(MOBILE, TEXT)).isInstanceOf(ApiException.class);
	}

	@Test
	void findsAMessageOfTheAttemptByNumberSenderTextAndCreationTime() throws Exception {
		Instant attempt = Instant.now().minusSeconds(30);
		String sid = this.stub.holds(MOBILE, "+15005550006", TEXT, attempt.plusMillis(300), attempt.plusSeconds(1));
		this.stub.holds(MOBILE, "+15005550006", "another text", attempt.plusSeconds(1), attempt.plusSeconds(2));
		this.stub.holds("+8613900000000", "+15005550006", TEXT, attempt.plusSeconds(1), attempt.plusSeconds(2));
		this.stub.holds(MOBILE, "+15005550007", TEXT, attempt.plusSeconds(1), attempt.plusSeconds(2));
		// The same text to the same number, hours before the attempt: an earlier message.
		this.stub.holds(MOBILE, "+15005550006", TEXT, attempt.minus(Duration.ofHours(3)),
				attempt.minus(Duration.ofHours(3)));

		assertThat(gateway("+15005550006").findSent(MOBILE, TEXT, attempt)).containsExactly(sid);

		assertThat(this.stub.reads()).first().satisfies((read) -> {
			assertThat(read.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json");
			assertThat(read.query()).containsEntry("To", MOBILE)
				.containsEntry("From", "+15005550006")
				.containsEntry("DateSent>", LocalDate.ofInstant(attempt, ZoneOffset.UTC).minusDays(1) + "T00:00:00");
		});
	}

	@Test
	void findsAMessageStillQueuedThatTheDateSentFilterCannotShow() throws Exception {
		Instant attempt = Instant.now().minusSeconds(5);
		String sid = this.stub.holds(MOBILE, "+15005550006", TEXT, attempt.plusMillis(400), null);

		assertThat(gateway("+15005550006").findSent(MOBILE, TEXT, attempt)).containsExactly(sid);
		assertThat(this.stub.reads()).hasSize(2)
			.anySatisfy((read) -> assertThat(read.query()).doesNotContainKey("DateSent>"));
	}

	@Test
	void readsEveryPageOfTheDateSentList() throws Exception {
		Instant attempt = Instant.now().minusSeconds(120);
		String sid = this.stub.holds(MOBILE, "+15005550006", TEXT, attempt.plusSeconds(1), attempt.plusSeconds(2));
		for (int i = 0; i < 5; i++) {
			this.stub.holds(MOBILE, "+15005550006", "later text " + i, attempt.plusSeconds(10 + i),
					attempt.plusSeconds(10 + i));
		}
		this.stub.maxPageSize(2);

		assertThat(gateway("+15005550006").findSent(MOBILE, TEXT, attempt)).containsExactly(sid);
		assertThat(this.stub.reads()).extracting((read) -> read.query().get("Page"))
			.containsExactly(null, "1", "2", null);
	}

	@Test
	void findsOnlyMessagesOfItsMessagingService() throws Exception {
		TwilioSmsGateway gateway = new TwilioSmsGateway(
				new TwilioSettings(ACCOUNT, TOKEN, null, "MG0123456789abcdef0123456789abcdef", this.stub.baseUrl()));
		Instant attempt = Instant.now().minusSeconds(1);
		this.stub.holds(MOBILE, "+15005550006", TEXT, Instant.now(), Instant.now());
		String sid = gateway.send(MOBILE, TEXT);

		assertThat(gateway.findSent(MOBILE, TEXT, attempt)).containsExactly(sid);
		assertThat(this.stub.reads()).allSatisfy((read) -> assertThat(read.query()).doesNotContainKey("From"));
	}

	@Test
	void throwsWhenTheMessageListCannotBeRead() {
		this.stub.failReads(500);

		assertThatException().isThrownBy(() -> gateway("+15005550006").findSent(MOBILE, TEXT, Instant.now()));
		assertThat(this.stub.posts()).isEmpty();
	}

	@Test
	void refusesToStartWithoutTokenOrSender() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new TwilioSmsGateway(new TwilioSettings(ACCOUNT, " ", "+15005550006", null, null)))
			.withMessageContaining("fairflow.sms.twilio.auth-token");
		assertThatIllegalStateException()
			.isThrownBy(() -> new TwilioSmsGateway(new TwilioSettings(ACCOUNT, TOKEN, null, null, null)))
			.withMessageContaining("fairflow.sms.twilio.from");
	}

	@Test
	void neverPrintsTheAuthToken() {
		assertThat(new TwilioSettings(ACCOUNT, TOKEN, "+15005550006", null, null).toString()).doesNotContain(TOKEN)
			.doesNotContain(ACCOUNT);
	}

	private TwilioSmsGateway gateway(String from) {
		return new TwilioSmsGateway(new TwilioSettings(ACCOUNT, TOKEN, from, null, this.stub.baseUrl()));
	}

}
