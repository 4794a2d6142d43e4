package org.fairflow.workers.job;

/**
 * A business outcome that the process models as a BPMN error boundary event; the portal
 * throws it to the engine with {@link #errorCode()} instead of failing the job.
 */
public class BusinessError extends RuntimeException {

	private final String errorCode;

	public BusinessError(String errorCode, String message) {
		super(message);
		this.errorCode = errorCode;
	}

	public String errorCode() {
		return this.errorCode;
	}

}
