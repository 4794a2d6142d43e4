package org.fairflow.portal.migration;

/** A migration request that cannot be planned; the page shows the message. */
class MigrationException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	MigrationException(String messageKey, Object... args) {
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
