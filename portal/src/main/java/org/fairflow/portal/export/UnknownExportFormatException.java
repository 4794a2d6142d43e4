package org.fairflow.portal.export;

/**
 * An export asked for in a format the portal does not write; the page says so (400)
 * instead of failing.
 */
public class UnknownExportFormatException extends RuntimeException {

	UnknownExportFormatException() {
		super("export.format.unknown");
	}

}
