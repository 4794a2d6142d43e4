package org.fairflow.portal.incidents;

/** An incident that cannot be retried; the page shows why. */
class IncidentException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	IncidentException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] args() {
		return this.args.clone();
	}

}
