package org.fairflow.workers.notification;

import java.time.Instant;
import java.util.List;

/** Hands one SMS to a provider, and looks in its records for one sent earlier. */
public interface SmsGateway {

	/**
	 * Sends a text.
	 * @param to mobile number in E.164 form ({@code +8613812345678})
	 * @return the provider's id for the message
	 * @throws OutcomeUnknownException when the request went out but no certain answer
	 * came back: the provider may have accepted it
	 * @throws Exception when the provider refuses or cannot be reached
	 */
	String send(String to, String body) throws Exception;

	/**
	 * Sends a text that carries secrets: a gateway that logs the text must hide them
	 * ({@link Secrets#hide}); one that does not log it sends as
	 * {@link #send(String, String)}.
	 */
	default String send(String to, String body, Secrets secrets) throws Exception {
		return send(to, body);
	}

	/**
	 * Looks in the provider's own records for a message that an attempt whose outcome is
	 * unknown may have sent: this text, to this number, created at the provider no
	 * earlier than the attempt began (less a margin for clock skew). SMS providers offer
	 * no idempotency key, so this lookup is what keeps a resumed attempt from sending
	 * twice.
	 * @param attemptStartedAt when the unknown attempt was recorded, just before it
	 * called the provider
	 * @return the provider ids of matching messages, oldest first; empty when there is
	 * none
	 * @throws Exception when the provider cannot be asked: the caller must then not send
	 */
	List<String> findSent(String to, String body, Instant attemptStartedAt) throws Exception;

	/** Short provider name stored with each message: {@code twilio}, {@code log}. */
	String provider();

	/** True when messages only go to the log, so they are RECORDED rather than SENT. */
	boolean simulated();

}
