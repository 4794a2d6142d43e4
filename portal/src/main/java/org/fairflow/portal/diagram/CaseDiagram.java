package org.fairflow.portal.diagram;

import java.util.List;

/**
 * What a case's diagram shows: the BPMN of the version the case runs on, the steps it has
 * done and the steps it waits at (element ids).
 *
 * @param processId the process
 * @param version the version the case runs on ({@code null}: cases from before versions
 * were kept, shown on the latest)
 * @param xml that version's BPMN
 * @param completed elements the case has passed, in the order first reached
 * @param current elements the case waits at now (none once it is closed)
 */
record CaseDiagram(String processId, Integer version, String xml, List<String> completed, List<String> current) {

}
