package org.fairflow.portal.product;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fairflow.portal.support.Fixtures;

/** Product forms and images for the product tests. */
final class ProductTestData {

	private ProductTestData() {
	}

	/**
	 * A valid product with a name of its own (searchable without seeing other tests').
	 */
	static ProductForm form() {
		ProductForm form = new ProductForm();
		form.setName("在线教育平台" + UUID.randomUUID().toString().substring(0, 8));
		form.setCategory(ProductCategory.EDUCATION_PRIMARY.name());
		form.setOwnCode("EDU-01");
		form.setOrigin("北京");
		form.setBrand("学而");
		form.setMarketPrice("1999.00");
		form.setWholesalePrice("");
		form.setIntroduction("面向小学生的在线课程服务。");
		return form;
	}

	static List<byte[]> images(int count) {
		List<byte[]> images = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			images.add(Fixtures.image("png", 40 + i, 30));
		}
		return images;
	}

}
