package org.fairflow.portal.booth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.fairflow.portal.exhibit.MediaKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes a revision with its tags and media, and reads one back as content. */
@Component
class BoothRevisions {

	private final BoothRevisionRepository revisions;

	private final JdbcTemplate jdbc;

	BoothRevisions(BoothRevisionRepository revisions, JdbcTemplate jdbc) {
		this.revisions = revisions;
		this.jdbc = jdbc;
	}

	BoothRevision write(Long boothId, BoothForm.Checked checked, long logoId, List<Long> imageIds, List<Long> videoIds,
			String actor) {
		BoothRevision revision = this.revisions.saveAndFlush(new BoothRevision(boothId, checked, logoId, actor));
		int position = 0;
		for (String tag : checked.tags()) {
			this.jdbc.update("insert into booth_revision_tag (revision_id, position, tag, tag_key) values (?, ?, ?, ?)",
					revision.getId(), position++, tag, tag.toLowerCase(Locale.ROOT));
		}
		media(revision.getId(), MediaKind.IMAGE, imageIds);
		media(revision.getId(), MediaKind.VIDEO, videoIds);
		return revision;
	}

	private void media(Long revisionId, MediaKind kind, List<Long> ids) {
		int position = 0;
		for (Long id : ids) {
			this.jdbc.update(
					"insert into booth_revision_media (revision_id, position, kind, media_id) values (?, ?, ?, ?)",
					revisionId, position++, kind.name(), id);
		}
	}

	Optional<BoothContent> content(Long revisionId) {
		return (revisionId == null) ? Optional.empty() : this.revisions.findById(revisionId).map(this::content);
	}

	BoothContent content(BoothRevision r) {
		return contents(List.of(r)).get(r.getId());
	}

	/**
	 * The content of many revisions (a directory page) in three queries, whatever their
	 * number, keyed by revision id.
	 */
	Map<Long, BoothContent> contents(Collection<Long> revisionIds) {
		return revisionIds.isEmpty() ? Map.of() : contents(this.revisions.findAllById(revisionIds));
	}

	private Map<Long, BoothContent> contents(List<BoothRevision> rows) {
		List<Long> ids = rows.stream().map(BoothRevision::getId).toList();
		String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
		Map<Long, List<String>> tags = new HashMap<>();
		this.jdbc.query("select revision_id, tag from booth_revision_tag where revision_id in (" + in
				+ ") order by revision_id, position", (rs) -> {
					tags.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
				}, ids.toArray());
		Map<Long, List<Long>> images = new HashMap<>();
		Map<Long, List<Long>> videos = new HashMap<>();
		this.jdbc.query("select revision_id, kind, media_id from booth_revision_media where revision_id in (" + in
				+ ") order by revision_id, kind, position", (rs) -> {
					Map<Long, List<Long>> target = MediaKind.VIDEO.name().equals(rs.getString(2)) ? videos : images;
					target.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(3));
				}, ids.toArray());
		Map<Long, BoothContent> result = new HashMap<>();
		for (BoothRevision r : rows) {
			result.put(r.getId(),
					new BoothContent(r.getId(), r.getName(), r.getLogoMediaId(), r.getWebsite(), r.getIntroduction(),
							r.getMainBusiness(), r.getZone(), r.getBoothNumber(), r.getContactName(),
							r.getContactPhone(), r.getContactEmail(), r.isShowContact(),
							tags.getOrDefault(r.getId(), List.of()), images.getOrDefault(r.getId(), List.of()),
							videos.getOrDefault(r.getId(), List.of())));
		}
		return result;
	}

}
