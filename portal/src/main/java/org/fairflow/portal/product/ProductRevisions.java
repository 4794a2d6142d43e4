package org.fairflow.portal.product;

import java.util.List;

import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemRevisions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes a product's revision with its images, and reads one back as content. */
@Component
class ProductRevisions extends ItemRevisions<ProductRevision, ProductContent, ProductForm.Checked> {

	ProductRevisions(ProductRevisionRepository revisions, JdbcTemplate jdbc) {
		super(ItemKind.PRODUCT, revisions, jdbc);
	}

	@Override
	protected ProductRevision revision(Long productId, ProductForm.Checked checked, String actor) {
		return new ProductRevision(productId, checked, actor);
	}

	@Override
	protected ProductContent content(ProductRevision r, List<Long> images) {
		return new ProductContent(r.getId(), r.getName(), r.getCategory(), r.getOwnCode(), r.getOrigin(), r.getBrand(),
				r.getMarketPrice(), r.getWholesalePrice(), r.getIntroduction(), images);
	}

}
