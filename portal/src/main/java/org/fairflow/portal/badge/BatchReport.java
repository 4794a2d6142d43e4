package org.fairflow.portal.badge;

import java.util.List;

/**
 * What a batch upload did: rows read, persons stored, and each refused row's problems.
 */
public record BatchReport(int rows, int stored, List<RowError> errors) {

	/**
	 * One problem of a refused row: its line in the file, the column and a message key.
	 */
	public record RowError(int row, String field, String messageKey) {
	}

	public int refusedRows() {
		return (int) this.errors.stream().mapToInt(RowError::row).distinct().count();
	}

}
