package org.fairflow.portal.exhibitor;

/**
 * A registration the code (or the unit) does not allow; the message key says why
 * ({@code invitation.unknown}, {@code invitation.used}, {@code invitation.revoked},
 * {@code invitation.expired}, {@code exhibitor.alreadyRegistered}).
 */
public class InvitationRefusedException extends RuntimeException {

	private final String messageKey;

	public InvitationRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
