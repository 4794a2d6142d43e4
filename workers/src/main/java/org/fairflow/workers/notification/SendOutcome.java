package org.fairflow.workers.notification;

/**
 * What {@link Notifications#send} did.
 *
 * @param messageId the stored message's id
 * @param status {@link MessageStatus#SENT} or {@link MessageStatus#RECORDED}
 * @param attempts how many attempts the message has taken so far
 * @param providerRef the provider's id for it (Twilio message sid, Message-ID header)
 * @param repeated true when the key had been sent before and nothing was sent this time
 */
public record SendOutcome(long messageId, MessageStatus status, int attempts, String providerRef, boolean repeated) {
}
