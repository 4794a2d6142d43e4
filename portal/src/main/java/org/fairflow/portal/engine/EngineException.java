package org.fairflow.portal.engine;

import io.camunda.client.api.command.ClientStatusException;

/** The engine refused or could not be reached; callers turn it into a clear message. */
public class EngineException extends RuntimeException {

	public enum Reason {

		/**
		 * The job or process is no longer there (already decided, or the engine
		 * restarted).
		 */
		NOT_FOUND,
		/** The engine refused the command as invalid (a model that does not deploy). */
		REFUSED,
		/** The engine could not be reached or failed. */
		UNAVAILABLE

	}

	private final Reason reason;

	EngineException(Reason reason, Throwable cause) {
		super(reason + ": " + cause.getMessage(), cause);
		this.reason = reason;
	}

	/** What a failed engine call means for the caller. */
	static EngineException of(RuntimeException ex) {
		if (ex instanceof EngineException known) {
			return known;
		}
		if (ex instanceof ClientStatusException status) {
			return switch (status.getStatus().getCode()) {
				case NOT_FOUND -> new EngineException(Reason.NOT_FOUND, ex);
				case INVALID_ARGUMENT, FAILED_PRECONDITION -> new EngineException(Reason.REFUSED, ex);
				default -> new EngineException(Reason.UNAVAILABLE, ex);
			};
		}
		return new EngineException(Reason.UNAVAILABLE, ex);
	}

	/**
	 * What the engine said, for a person: its description without the first line, which
	 * only repeats the command (file name, element id, reason and line follow).
	 */
	public String engineMessage() {
		String description = (getCause() instanceof ClientStatusException status) ? status.getStatus().getDescription()
				: null;
		if (description == null || description.isBlank()) {
			return String.valueOf(getCause().getMessage());
		}
		int newline = description.indexOf('\n');
		String rest = (newline >= 0) ? description.substring(newline + 1).strip() : "";
		return rest.isEmpty() ? description.strip() : rest;
	}

	public Reason reason() {
		return this.reason;
	}

}
