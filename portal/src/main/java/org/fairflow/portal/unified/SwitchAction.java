package org.fairflow.portal.unified;

/** What a verification code was requested for. */
enum SwitchAction {

	ON, OFF;

	static SwitchAction to(boolean enabled) {
		return enabled ? ON : OFF;
	}

	boolean enables() {
		return this == ON;
	}

}
