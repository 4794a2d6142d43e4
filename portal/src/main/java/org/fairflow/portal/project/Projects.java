package org.fairflow.portal.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fairflow.portal.exhibit.PublicMedia;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listed projects for the public (the exhibitor directory) and the organiser: the live
 * revision of projects their exhibitor listed and the organiser did not force off, never
 * a draft or a revision in audit. Also tells the media module which images the public may
 * load.
 */
@Service
@Transactional(readOnly = true)
public class Projects implements PublicMedia {

	private static final String LISTED = " from project p join project_revision r on r.id = p.live_revision_id"
			+ " where p.listed = true and p.forced_reason is null";

	private final ProjectRevisions revisions;

	private final ProjectRevisionRepository revisionRows;

	private final JdbcTemplate jdbc;

	Projects(ProjectRevisions revisions, ProjectRevisionRepository revisionRows, JdbcTemplate jdbc) {
		this.revisions = revisions;
		this.revisionRows = revisionRows;
		this.jdbc = jdbc;
	}

	/** An exhibitor's listed projects, by name. */
	public Page<ListedProject> listedOf(long exhibitorId, Pageable pageable) {
		return page(" and p.exhibitor_id = ?", List.of(exhibitorId), pageable);
	}

	/**
	 * All listed projects of the fair, by name; {@code search}: part of the name or
	 * number.
	 */
	public Page<ListedProject> listed(String search, Pageable pageable) {
		if (search == null || search.isBlank()) {
			return page("", List.of(), pageable);
		}
		String pattern = "%" + escape(search.strip().toLowerCase(Locale.ROOT)) + "%";
		return page(" and (r.name_key like ? escape '\\' or lower(p.number) like ? escape '\\')",
				List.of(pattern, pattern), pageable);
	}

	@Override
	public boolean isPublic(long mediaId) {
		Integer found = this.jdbc.queryForObject(
				"select count(*)" + LISTED
						+ " and r.id in (select i.revision_id from project_revision_image i where i.media_id = ?)",
				Integer.class, mediaId);
		return found != null && found > 0;
	}

	private Page<ListedProject> page(String where, List<Object> args, Pageable pageable) {
		Long total = this.jdbc.queryForObject("select count(*)" + LISTED + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.query("select p.id, p.number, p.exhibitor_id, r.id" + LISTED + where
				+ " order by r.name_key, p.id limit ? offset ?", (rs) -> {
					rows.add(new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4) });
				}, pageArgs.toArray());
		List<ListedProject> projects = rows.stream()
			.map((row) -> new ListedProject((Long) row[0], (String) row[1], (Long) row[2],
					this.revisions.content(this.revisionRows.findById((Long) row[3]).orElseThrow())))
			.toList();
		return new PageImpl<>(projects, pageable, (total != null) ? total : 0);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
