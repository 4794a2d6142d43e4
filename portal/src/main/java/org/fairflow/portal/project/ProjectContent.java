package org.fairflow.portal.project;

import java.util.List;

import org.fairflow.portal.booth.ExhibitionZone;
import org.fairflow.portal.exhibit.ItemContent;
import org.fairflow.portal.product.ProductCategory;

/** One revision of a project as shown; the first image is the main one. */
public record ProjectContent(long revisionId, String name, ExhibitionZone zone, ProductCategory industry,
		String summary, TradeDemand demand, String contactName, String contactPhone,
		List<Long> imageIds) implements ItemContent {

	public Long mainImageId() {
		return this.imageIds.isEmpty() ? null : this.imageIds.get(0);
	}

}
