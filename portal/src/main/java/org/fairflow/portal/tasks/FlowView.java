package org.fairflow.portal.tasks;

import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.cases.EventDetail;

import org.fairflow.portal.security.PortalUser;

/**
 * How a flow's application shows inside a task, and what a decision adds to the process.
 * One bean per flow (process id); the inbox stays generic.
 */
public interface FlowView {

	/** The process id this view serves. */
	String flow();

	/**
	 * The form keys ({@code zeebe:formDefinition formKey}) this view renders. A task
	 * picks its view by its form key, so a process owner can show this view in a new step
	 * of any process by naming the key in the BPMN.
	 */
	default java.util.Set<String> formKeys() {
		return java.util.Set.of();
	}

	/**
	 * Thymeleaf template with fragments {@code details} (the application) and
	 * {@code decisionInputs} (extra inputs a decision needs), e.g. {@code unit/details}.
	 */
	String template();

	/** Model for the fragment, or empty if the application does not exist. */
	Map<String, Object> model(String businessKey, Locale locale);

	/**
	 * Variables a decision adds, after checking its parameters.
	 * @throws DecisionException with a message key when the parameters are not acceptable
	 */
	default Map<String, Object> onDecision(String caseId, String businessKey, int round, String decision,
			Map<String, String> parameters, PortalUser user) {
		return Map.of();
	}

	/**
	 * What the history line of a decision names besides decision and comment, from the
	 * variables {@link #onDecision} returned (e.g. the organisation a reassignment went
	 * to), or null.
	 */
	default EventDetail historyDetail(String decision, Map<String, Object> decisionVariables) {
		return null;
	}

}
