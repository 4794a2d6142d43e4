package org.fairflow.portal.exhibit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a kind's revision with its images, and reads one back as content. The images are
 * rows of {@code <kind>_revision_image}, in order.
 *
 * @param <R> the revision entity
 * @param <C> its content as shown
 * @param <K> the checked form it is written from
 */
public abstract class ItemRevisions<R, C extends ItemContent, K> {

	private final JpaRepository<R, Long> revisions;

	private final JdbcTemplate jdbc;

	private final String imageTable;

	protected ItemRevisions(ItemKind kind, JpaRepository<R, Long> revisions, JdbcTemplate jdbc) {
		this.revisions = revisions;
		this.jdbc = jdbc;
		this.imageTable = kind.nameEn() + "_revision_image";
	}

	protected abstract R revision(Long itemId, K checked, String actor);

	protected abstract C content(R revision, List<Long> imageIds);

	public C write(Long itemId, K checked, List<Long> imageIds, String actor) {
		C written = content(this.revisions.saveAndFlush(revision(itemId, checked, actor)), List.copyOf(imageIds));
		int position = 0;
		for (Long id : imageIds) {
			this.jdbc.update("insert into " + this.imageTable + " (revision_id, position, media_id) values (?, ?, ?)",
					written.revisionId(), position++, id);
		}
		return written;
	}

	public Optional<C> content(Long revisionId) {
		return (revisionId == null) ? Optional.empty()
				: this.revisions.findById(revisionId).map((r) -> content(r, images(revisionId)));
	}

	private List<Long> images(long revisionId) {
		return this.jdbc.queryForList(
				"select media_id from " + this.imageTable + " where revision_id = ? order by position", Long.class,
				revisionId);
	}

}
