package org.fairflow.portal.product;

import org.fairflow.portal.exhibit.ImageUse;
import org.fairflow.portal.exhibit.ItemEditing;
import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemServices;

import org.springframework.stereotype.Service;

/** A product's lifecycle as {@link ItemEditing} keeps it; numbers start with P. */
@Service
class ProductEditing extends ItemEditing<Product, ProductContent, ProductForm, ProductForm.Checked> {

	ProductEditing(ProductRepository products, ProductRevisions revisions, ItemServices services) {
		super(ItemKind.PRODUCT, "P", ImageUse.PRODUCT_IMAGE, ProductForm.MAX_IMAGES, products, revisions, services);
	}

	@Override
	protected Product newItem(Long exhibitorId, String number) {
		return new Product(exhibitorId, number);
	}

	@Override
	protected ProductForm formOf(ProductContent content) {
		return ProductForm.of(content);
	}

	@Override
	protected RuntimeException notFound() {
		return new ProductNotFoundException();
	}

}
