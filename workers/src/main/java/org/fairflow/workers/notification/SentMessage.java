package org.fairflow.workers.notification;

import java.time.Instant;

/**
 * A message as the portal shows it to the applicant and reviewers: the recipient is
 * masked.
 *
 * @param channel SMS or e-mail
 * @param maskedRecipient e.g. {@code +86138****5678}, {@code z***@example.com}
 * @param subject e-mail subject, null for SMS
 * @param body the text
 * @param status where it stands
 * @param note how an unknown outcome was resolved; null when no outcome was ever unknown
 * @param provider {@code twilio}, {@code smtp} or {@code log}
 * @param attempts attempts so far
 * @param lastError the last failure, masked; null when none
 * @param createdAt first attempt
 * @param sentAt when the provider accepted it (or it was recorded); null until then. For
 * a reconciled message: when the provider's records were found
 * @param reconciledAt when an unknown outcome was found at the provider; null otherwise
 * @param elementId the BPMN element that sent it
 */
public record SentMessage(Channel channel, String maskedRecipient, String subject, String body, MessageStatus status,
		DeliveryNote note, String provider, int attempts, String lastError, Instant createdAt, Instant sentAt,
		Instant reconciledAt, String elementId) {
}
