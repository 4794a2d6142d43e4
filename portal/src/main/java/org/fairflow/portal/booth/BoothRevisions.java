package org.fairflow.portal.booth;

import java.util.ArrayList;
import java.util.List;
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
		List<String> tags = this.jdbc.queryForList(
				"select tag from booth_revision_tag where revision_id = ? order by position", String.class, r.getId());
		List<Long> images = new ArrayList<>();
		List<Long> videos = new ArrayList<>();
		this.jdbc.query("select kind, media_id from booth_revision_media where revision_id = ? order by kind, position",
				(rs) -> {
					(MediaKind.VIDEO.name().equals(rs.getString(1)) ? videos : images).add(rs.getLong(2));
				}, r.getId());
		return new BoothContent(r.getId(), r.getName(), r.getLogoMediaId(), r.getWebsite(), r.getIntroduction(),
				r.getMainBusiness(), r.getZone(), r.getBoothNumber(), r.getContactName(), r.getContactPhone(),
				r.getContactEmail(), r.isShowContact(), tags, images, videos);
	}

}
