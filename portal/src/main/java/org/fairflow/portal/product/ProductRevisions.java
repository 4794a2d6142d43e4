package org.fairflow.portal.product;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes a revision with its images, and reads one back as content. */
@Component
class ProductRevisions {

	private final ProductRevisionRepository revisions;

	private final JdbcTemplate jdbc;

	ProductRevisions(ProductRevisionRepository revisions, JdbcTemplate jdbc) {
		this.revisions = revisions;
		this.jdbc = jdbc;
	}

	ProductRevision write(Long productId, ProductForm.Checked checked, List<Long> imageIds, String actor) {
		ProductRevision revision = this.revisions.saveAndFlush(new ProductRevision(productId, checked, actor));
		int position = 0;
		for (Long id : imageIds) {
			this.jdbc.update("insert into product_revision_image (revision_id, position, media_id) values (?, ?, ?)",
					revision.getId(), position++, id);
		}
		return revision;
	}

	Optional<ProductContent> content(Long revisionId) {
		return (revisionId == null) ? Optional.empty() : this.revisions.findById(revisionId).map(this::content);
	}

	ProductContent content(ProductRevision r) {
		List<Long> images = this.jdbc.queryForList(
				"select media_id from product_revision_image where revision_id = ? order by position", Long.class,
				r.getId());
		return new ProductContent(r.getId(), r.getName(), r.getCategory(), r.getOwnCode(), r.getOrigin(), r.getBrand(),
				r.getMarketPrice(), r.getWholesalePrice(), r.getIntroduction(), images);
	}

}
