package org.fairflow.workers.notification;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Runs the real Twilio SDK against a local stub, through the base-url redirect. */
class TwilioSmsGatewayTest {

	private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	private static final String TOKEN = "test-auth-token";

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
			.withMessageContaining("is not a valid phone number");
		assertThat(this.stub.received()).hasSize(1);
	}

	@Test
	void throwsWhenTwilioFails() {
		this.stub.answer(500, "");
		TwilioSmsGateway gateway = new TwilioSmsGateway(
				new TwilioSettings(ACCOUNT, TOKEN, "+15005550006", null, this.stub.baseUrl()));

		assertThatException().isThrownBy(() -> gateway.send("+8613812345678", TEXT));
		assertThat(this.stub.received()).isNotEmpty();
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

}
