package org.fairflow.portal.product;

import java.math.BigDecimal;
import java.util.List;

import org.fairflow.portal.exhibit.ItemContent;

/**
 * One revision of a product as shown: a null price is "no quote" (暂无报价); the first image
 * is the main one, at {@code /exhibit-media/<id>}.
 */
public record ProductContent(long revisionId, String name, ProductCategory category, String ownCode, String origin,
		String brand, BigDecimal marketPrice, BigDecimal wholesalePrice, String introduction,
		List<Long> imageIds) implements ItemContent {

	public static String mediaUrl(long mediaId) {
		return "/exhibit-media/" + mediaId;
	}

	public Long mainImageId() {
		return this.imageIds.isEmpty() ? null : this.imageIds.get(0);
	}

}
