package org.fairflow.portal.booth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fairflow.portal.exhibit.PublicMedia;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live booths for the public (the exhibitor directory): only approved revisions that are
 * live now, never a draft or a revision in audit. Also tells the media module which media
 * the public may load.
 */
@Service
@Transactional(readOnly = true)
public class Booths implements PublicMedia {

	private final BoothRevisions revisions;

	private final BoothRevisionRepository revisionRows;

	private final JdbcTemplate jdbc;

	Booths(BoothRevisions revisions, BoothRevisionRepository revisionRows, JdbcTemplate jdbc) {
		this.revisions = revisions;
		this.revisionRows = revisionRows;
		this.jdbc = jdbc;
	}

	/** Live booths matching the search, by name. */
	public Page<LiveBooth> live(BoothSearch search, Pageable pageable) {
		StringBuilder where = new StringBuilder(
				" from booth b join booth_revision r on r.id = b.live_revision_id where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (search.name() != null && !search.name().isBlank()) {
			where.append(" and r.name_key like ? escape '\\'");
			args.add("%" + escape(search.name().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (search.zone() != null) {
			where.append(" and r.zone = ?");
			args.add(search.zone().name());
		}
		if (search.tag() != null && !search.tag().isBlank()) {
			where.append(
					" and exists (select 1 from booth_revision_tag t where t.revision_id = r.id and t.tag_key = ?)");
			args.add(search.tag().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
		}
		Long total = this.jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<long[]> rows = new ArrayList<>();
		this.jdbc.query("select b.id, b.exhibitor_id, r.id" + where + " order by r.name_key, b.id limit ? offset ?",
				(rs) -> {
					rows.add(new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) });
				}, pageArgs.toArray());
		// The page's contents in three queries, not three per booth.
		java.util.Map<Long, BoothContent> contents = this.revisions
			.contents(rows.stream().map((row) -> row[2]).toList());
		List<LiveBooth> booths = rows.stream()
			.map((row) -> new LiveBooth(row[0], row[1], shown(contents.get(row[2]))))
			.toList();
		return new PageImpl<>(booths, pageable, (total != null) ? total : 0);
	}

	/** A booth that is live now. */
	public Optional<LiveBooth> liveBooth(long boothId) {
		return this.jdbc
			.query("select b.id, b.exhibitor_id, b.live_revision_id from booth b where b.id = ?"
					+ " and b.live_revision_id is not null",
					(rs, n) -> new LiveBooth(rs.getLong(1), rs.getLong(2), publicContent(rs.getLong(3))), boothId)
			.stream()
			.findFirst();
	}

	/** Whether a live booth shows the medium (logo, image or video). */
	@Override
	public boolean isPublic(long mediaId) {
		Integer found = this.jdbc.queryForObject(
				"select count(*) from booth b where b.live_revision_id in"
						+ " (select m.revision_id from booth_revision_media m where m.media_id = ?)"
						+ " or b.live_revision_id in (select r.id from booth_revision r where r.logo_media_id = ?)",
				Integer.class, mediaId, mediaId);
		return found != null && found > 0;
	}

	private BoothContent publicContent(long revisionId) {
		return shown(this.revisions.content(this.revisionRows.findById(revisionId).orElseThrow()));
	}

	private static BoothContent shown(BoothContent content) {
		return content.showContact() ? content : content.withoutContact();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
