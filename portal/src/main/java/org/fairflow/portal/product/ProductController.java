package org.fairflow.portal.product;

import org.fairflow.portal.exhibit.ItemExports;
import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemPages;
import org.fairflow.portal.exhibitor.Exhibitors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The exhibitor's products: the pages are {@link ItemPages}'; the form offers categories.
 */
@Controller
@RequestMapping("/exhibitor/products")
class ProductController extends ItemPages<Product, ProductContent, ProductForm> {

	ProductController(Exhibitors exhibitors, ProductRepository products, ProductRevisions revisions,
			ProductEditing editing, JdbcTemplate jdbc, ProductColumns columns, ItemExports exports) {
		super(ItemKind.PRODUCT, exhibitors, products, revisions, editing, jdbc, columns, exports);
	}

	@Override
	protected ProductForm form(ProductContent content) {
		return (content != null) ? ProductForm.of(content) : new ProductForm();
	}

	@Override
	protected void formChoices(Model model) {
		model.addAttribute("categories", ProductCategory.values());
		model.addAttribute("maxImages", ProductForm.MAX_IMAGES);
	}

}
