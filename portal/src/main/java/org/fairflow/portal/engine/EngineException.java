package org.fairflow.portal.engine;

/** The engine refused or could not be reached; callers turn it into a clear message. */
public class EngineException extends RuntimeException {

	public enum Reason {

		/**
		 * The job or process is no longer there (already decided, or the engine
		 * restarted).
		 */
		NOT_FOUND,
		/** The engine could not be reached or failed. */
		UNAVAILABLE

	}

	private final Reason reason;

	EngineException(Reason reason, Throwable cause) {
		super(reason + ": " + cause.getMessage(), cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
