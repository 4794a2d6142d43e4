package org.fairflow.portal.exhibit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds one page of an exhibitor's items of a kind, newest first, by the current
 * revision's name or the number, the audit status and whether listed; null or blank: any.
 */
class ItemRowQuery {

	record Found(List<Long> ids, long total) {
	}

	private static final String ORDER = " order by p.id desc";

	private final String from;

	private final JdbcTemplate jdbc;

	ItemRowQuery(ItemKind kind, JdbcTemplate jdbc) {
		this.from = " from " + kind.nameEn() + " p join " + kind.nameEn() + "_revision r on r.id ="
				+ " coalesce(p.pending_revision_id, p.live_revision_id) where p.exhibitor_id = ?";
		this.jdbc = jdbc;
	}

	Found find(long exhibitorId, String text, ItemStatus status, Boolean listed, Pageable pageable) {
		List<Object> args = new ArrayList<>();
		String where = where(exhibitorId, text, status, listed, args);
		Long total = this.jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
		args.add(pageable.getPageSize());
		args.add(pageable.getOffset());
		List<Long> ids = this.jdbc.queryForList("select p.id" + where + ORDER + " limit ? offset ?", Long.class,
				args.toArray());
		return new Found(ids, (total != null) ? total : 0);
	}

	/** Every id {@link #find} finds, in its order, without pages (the export). */
	List<Long> all(long exhibitorId, String text, ItemStatus status, Boolean listed) {
		List<Object> args = new ArrayList<>();
		String where = where(exhibitorId, text, status, listed, args);
		return this.jdbc.queryForList("select p.id" + where + ORDER, Long.class, args.toArray());
	}

	private String where(long exhibitorId, String text, ItemStatus status, Boolean listed, List<Object> args) {
		StringBuilder where = new StringBuilder(this.from);
		args.add(exhibitorId);
		if (text != null && !text.isBlank()) {
			String pattern = "%" + ListedItems.escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
			where.append(" and (r.name_key like ? escape '\\' or lower(p.number) like ? escape '\\')");
			args.add(pattern);
			args.add(pattern);
		}
		if (status != null) {
			where.append(" and p.status = ?");
			args.add(status.name());
		}
		if (listed != null) {
			where.append(" and p.listed = ?");
			args.add(listed);
		}
		return where.toString();
	}

}
