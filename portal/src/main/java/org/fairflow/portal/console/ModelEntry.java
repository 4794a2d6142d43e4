package org.fairflow.portal.console;

import java.util.List;
import java.util.Map;

import org.fairflow.portal.engine.StoredModel;

/**
 * One model file in the console: its versions, newest first, and for a process the open
 * cases on each version.
 *
 * @param fileName the file the versions were deployed as
 * @param kind BPMN, DMN or form
 * @param resourceId the process, decision or form id
 * @param versions every version, newest first
 * @param openCases open cases per version (processes only; key null: cases from before
 * versions were kept)
 */
public record ModelEntry(String fileName, StoredModel.Kind kind, String resourceId, List<StoredModel> versions,
		Map<Integer, Long> openCases) {

	public long openCasesOn(Integer version) {
		return this.openCases.getOrDefault(version, 0L);
	}

}
