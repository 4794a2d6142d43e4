package org.fairflow.portal.audit;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.fairflow.portal.export.ExportTable;

/**
 * The log under the page's filters as an export; its headers come in the requester's
 * language, its rows straight from the database.
 */
class AuditExportTable implements ExportTable {

	private final AuditLog log;

	private final AuditSearch.Criteria criteria;

	private final List<String> headers;

	private final String description;

	AuditExportTable(AuditLog log, AuditSearch.Criteria criteria, List<String> headers, String description) {
		this.log = log;
		this.criteria = criteria;
		this.headers = headers;
		this.description = description;
	}

	@Override
	public String fileName() {
		return "audit-log";
	}

	@Override
	public String description() {
		return this.description;
	}

	@Override
	public List<String> headers() {
		return this.headers;
	}

	@Override
	public long rowCount() {
		return this.log.count(this.criteria);
	}

	@Override
	public void rows(Consumer<List<?>> sink) {
		this.log.each(this.criteria, (row) -> sink.accept(Arrays.asList(row.at(), row.category(), row.action(),
				row.actor(), row.address(), row.subject(), row.detail())));
	}

}
