package org.fairflow.workers.notification;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.rest.api.v2010.account.MessageReader;
import com.twilio.type.PhoneNumber;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.ConnectionPoolTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * Sends SMS through Twilio's Messages API with the official SDK, and reconciles an
 * attempt whose outcome is unknown through the same API's message list. Uses its own
 * {@link TwilioRestClient} rather than the SDK's static {@code Twilio.init}, so that
 * nothing else in the JVM shares (or overwrites) its credentials.
 */
class TwilioSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(TwilioSmsGateway.class);

	/**
	 * How far Twilio's clock may be behind ours, plus the second that its RFC 2822 times
	 * drop. A message created earlier than the attempt's start less this margin cannot be
	 * the attempt's. Kept small: the larger it is, the likelier an older message with the
	 * same text to the same number is taken for the lost one.
	 */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	/** Records per page; also how many of the latest messages are read unfiltered. */
	static final int PAGE_SIZE = 50;

	private final TwilioSettings settings;

	private final TwilioRestClient client;

	TwilioSmsGateway(TwilioSettings settings) {
		settings.validate();
		this.settings = settings;
		this.client = new TwilioRestClient.Builder(settings.accountSid().strip(), settings.authToken().strip())
			.httpClient(SingleTryHttpClient.forSettings(settings))
			.build();
		log.info("SMS are sent by Twilio, account {}, via {}", settings.maskedAccountSid(), settings.baseUrl());
	}

	@Override
	public String send(String to, String body) throws OutcomeUnknownException {
		PhoneNumber recipient = new PhoneNumber(to);
		MessageCreator creator = usesMessagingService()
				? Message.creator(recipient, this.settings.messagingServiceSid().strip(), body)
				: Message.creator(recipient, new PhoneNumber(this.settings.from().strip()), body);
		try {
			return creator.create(this.client).getSid();
		}
		catch (ApiException ex) {
			if (refused(ex)) {
				throw ex;
			}
			throw new OutcomeUnknownException(Masking.scrub("No certain answer from Twilio: " + describe(ex)));
		}
		catch (ApiConnectionException ex) {
			throw new OutcomeUnknownException(Masking.scrub("No certain answer from Twilio: " + describe(ex)));
		}
	}

	/**
	 * Whether Twilio surely created nothing: it refused the request (4xx), said it was
	 * too busy to take it (503), or the request never left (no connection). Any other
	 * failure (500, 502 or 504 from Twilio or a proxy, a lost or unreadable answer) may
	 * hide an accepted message.
	 */
	private static boolean refused(ApiException failure) {
		Integer status = failure.getStatusCode();
		if (status != null) {
			return (status >= 400 && status < 500) || status == 503;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof ConnectTimeoutException || cause instanceof ConnectionPoolTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Two reads of the account's messages to this number (and from this sender):
	 * <ol>
	 * <li>filtered by {@code DateSent>=} the day before the attempt's day (in UTC):
	 * Twilio compares that filter by day only, and the day before covers an attempt just
	 * after midnight and clock skew; read to the end, page by page;</li>
	 * <li>unfiltered, the first page only ({@value #PAGE_SIZE} messages, Twilio lists the
	 * newest first). Why: a message Twilio has accepted but not yet handed to the carrier
	 * (queued, accepted, scheduled, sending) has no {@code date_sent}, so the DateSent
	 * filter never shows it, and that is exactly the state of a message accepted moments
	 * before the worker died.</li>
	 * </ol>
	 * A match has this exact text and a {@code date_created} no earlier than the
	 * attempt's start less {@link #CLOCK_SKEW}; with a messaging service, that service's
	 * sid. Its delivery status does not matter: Twilio took the message, as it does for
	 * any message recorded SENT.
	 */
	@Override
	public List<String> findSent(String to, String body, Instant attemptStartedAt) {
		Instant notBefore = attemptStartedAt.minus(CLOCK_SKEW);
		ZonedDateTime dayBefore = attemptStartedAt.atZone(ZoneOffset.UTC)
			.toLocalDate()
			.minusDays(1)
			.atStartOfDay(ZoneOffset.UTC);
		Map<String, Instant> found = new LinkedHashMap<>();
		for (Message message : reader(to).setDateSentAfter(dayBefore).read(this.client)) {
			collect(message, body, notBefore, found);
		}
		for (Message message : reader(to).firstPage(this.client).getRecords()) {
			collect(message, body, notBefore, found);
		}
		log.info("Twilio holds {} message(s) with this text to {} created since {}", found.size(), Masking.phone(to),
				notBefore);
		return found.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
	}

	private MessageReader reader(String to) {
		MessageReader reader = Message.reader().setTo(new PhoneNumber(to)).setPageSize((long) PAGE_SIZE);
		// A messaging service picks the sender itself, and the list cannot be filtered by
		// service: that is checked on each message instead.
		return usesMessagingService() ? reader : reader.setFrom(new PhoneNumber(this.settings.from().strip()));
	}

	private void collect(Message message, String body, Instant notBefore, Map<String, Instant> found) {
		ZonedDateTime created = message.getDateCreated();
		if (created == null || created.toInstant().isBefore(notBefore) || !body.equals(message.getBody())) {
			return;
		}
		if (usesMessagingService()
				&& !this.settings.messagingServiceSid().strip().equals(message.getMessagingServiceSid())) {
			return;
		}
		found.putIfAbsent(message.getSid(), created.toInstant());
	}

	private boolean usesMessagingService() {
		return StringUtils.hasText(this.settings.messagingServiceSid());
	}

	private static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String status = (failure instanceof ApiException api && api.getStatusCode() != null)
				? "HTTP " + api.getStatusCode() + ", " : "";
		return status + root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	@Override
	public String provider() {
		return "twilio";
	}

	@Override
	public boolean simulated() {
		return false;
	}

}
