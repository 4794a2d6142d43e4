/**
 * Lists and statistics written to XLSX or CSV, streamed row by row (never the whole list
 * in memory), in the background with progress for large ones. A feature module describes
 * its list as an {@link org.fairflow.portal.export.ExportTable} already limited to what
 * the requester may see; this module writes it, neutralises cells that a spreadsheet
 * would run as formulas, and announces every export
 * ({@link org.fairflow.portal.export.ExportRecorded}) for the audit log.
 */
package org.fairflow.portal.export;
