package org.fairflow.portal.export;

/**
 * Published, in the requester's thread, when an export is written or started; the audit
 * log records it. An event rather than a call, because the audit log exports itself.
 *
 * @param fileName the table's file name
 * @param description the table's description
 * @param format the file format
 * @param rows the rows written, or expected for a background export; -1 when unknown
 */
public record ExportRecorded(String fileName, String description, ExportFormat format, long rows) {

}
