package org.fairflow.workers.notification;

import java.util.Objects;

/**
 * One message to send. The idempotency key decides whether it was sent before; every
 * other field may differ between attempts (a process owner may fix a template meanwhile).
 *
 * @param idempotencyKey unique per message, normally from {@link #key}
 * @param caseId the portal's case the message belongs to
 * @param elementId the BPMN element that sends it
 * @param channel SMS or e-mail
 * @param recipient mobile number (E.164, {@code +86...}) or e-mail address
 * @param subject e-mail subject; null for SMS
 * @param body the text, already rendered
 * @param secrets values in the subject or body that no log line or error text may show
 */
public record OutboundRequest(String idempotencyKey, String caseId, String elementId, Channel channel, String recipient,
		String subject, String body, Secrets secrets) {

	public OutboundRequest {
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(elementId, "elementId");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(body, "body");
		secrets = (secrets != null) ? secrets : Secrets.NONE;
	}

	/** A request without secrets. */
	public OutboundRequest(String idempotencyKey, String caseId, String elementId, Channel channel, String recipient,
			String subject, String body) {
		this(idempotencyKey, caseId, elementId, channel, recipient, subject, body, Secrets.NONE);
	}

	/** The same request, whose logs and error texts hide these secrets. */
	public OutboundRequest withSecrets(Secrets hidden) {
		return new OutboundRequest(this.idempotencyKey, this.caseId, this.elementId, this.channel, this.recipient,
				this.subject, this.body, hidden);
	}

	/** Without the body and the full recipient, which logs must not show. */
	@Override
	public String toString() {
		return "OutboundRequest[" + this.idempotencyKey + ", " + this.channel + " to "
				+ Masking.recipient(this.channel, this.recipient) + "]";
	}

	/**
	 * A request keyed as the architecture prescribes:
	 * {@code caseId/elementId/round/channel}.
	 */
	public static OutboundRequest of(String caseId, String elementId, int round, Channel channel, String recipient,
			String subject, String body) {
		return new OutboundRequest(key(caseId, elementId, round, channel), caseId, elementId, channel, recipient,
				subject, body);
	}

	/**
	 * The idempotency key: a step re-run after an engine restart or a retry has the same
	 * key and so sends nothing, while a later review round sends again.
	 */
	public static String key(String caseId, String elementId, int round, Channel channel) {
		return caseId + "/" + elementId + "/" + round + "/" + channel;
	}

}
