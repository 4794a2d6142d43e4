package org.fairflow.portal.cases;

/**
 * Published inside the transaction that changes a case's status, for the owning feature.
 */
public record CaseStatusChanged(String caseId, String flow, String businessKey, String status) {
}
