package org.fairflow.portal.product;

import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ListedItems;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Listed products for the public (the exhibitor directory) and the organiser, as
 * {@link ListedItems} finds them: {@code listedOf(exhibitorId, pageable)} and
 * {@code listed(search, pageable)}.
 */
@Service
public class Products extends ListedItems<ListedProduct, ProductContent> {

	Products(ProductRevisions revisions, JdbcTemplate jdbc) {
		super(ItemKind.PRODUCT, revisions, jdbc);
	}

	@Override
	protected ListedProduct listed(long productId, String number, long exhibitorId, ProductContent content) {
		return new ListedProduct(productId, number, exhibitorId, content);
	}

}
