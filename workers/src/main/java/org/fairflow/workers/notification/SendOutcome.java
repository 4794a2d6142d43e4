package org.fairflow.workers.notification;

/**
 * What {@link Notifications#send} did.
 *
 * @param messageId the stored message's id
 * @param status {@link MessageStatus#SENT}, {@link MessageStatus#RECORDED} or
 * {@link MessageStatus#RECONCILED} (the outcome was unknown and the provider had it)
 * @param attempts how many attempts the message has taken so far
 * @param providerRef the provider's id for it (Twilio message sid, Message-ID header)
 * @param repeated true when the key had been sent before (or another attempt took the
 * message over meanwhile) and this call changed nothing
 */
public record SendOutcome(long messageId, MessageStatus status, int attempts, String providerRef, boolean repeated) {
}
