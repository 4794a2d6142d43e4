package org.fairflow.workers.security;

/**
 * Receives the answers of the {@link SecurityCheckService}. The portal implements it: it
 * records the answer and publishes the message {@code security-checked} (correlation key
 * {@code caseId}, variables {@code securityPassed} and {@code securityReason}) to the
 * engine.
 *
 * <p>
 * Called on a thread of the service, never on the job's thread. An exception thrown here
 * is logged by the simulation and the answer is not delivered again; the process's timer
 * then hands the case to an organiser.
 */
public interface SecurityCheckListener {

	void answered(SecurityCheckAnswer answer);

}
