package org.fairflow.portal.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.fairflow.portal.export.ExportTable;

/**
 * The log under the page's filters as an export; its headers and categories come in the
 * requester's language, the rest straight from the database. It holds the entries up to
 * the moment the export was asked for, so its own entry (recorded when it starts) is not
 * in it and the progress count matches the file.
 */
class AuditExportTable implements ExportTable {

	private final AuditLog log;

	private final AuditSearch.Criteria criteria;

	private final List<String> headers;

	private final String description;

	private final Map<AuditCategory, String> categories;

	private final long upToId;

	AuditExportTable(AuditLog log, AuditSearch.Criteria criteria, List<String> headers, String description,
			Map<AuditCategory, String> categories) {
		this.log = log;
		this.criteria = criteria;
		this.headers = headers;
		this.description = description;
		this.categories = categories;
		this.upToId = log.lastId();
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
		return this.log.count(this.criteria, this.upToId);
	}

	@Override
	public void rows(Consumer<List<?>> sink) {
		this.log.each(this.criteria, this.upToId,
				(row) -> sink.accept(Arrays.asList(row.at(), this.categories.get(row.category()), row.action(),
						row.actor(), row.address(), row.subject(), row.detail())));
	}

}
