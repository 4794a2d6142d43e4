package org.fairflow.portal.project;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fairflow.portal.booth.ExhibitionZone;
import org.fairflow.portal.product.ProductCategory;
import org.fairflow.portal.support.Fixtures;

/** Project forms and images for the project tests. */
final class ProjectTestData {

	private ProjectTestData() {
	}

	/** A valid project with a name of its own. */
	static ProjectForm form() {
		ProjectForm form = new ProjectForm();
		form.setName("智慧物流合作项目" + UUID.randomUUID().toString().substring(0, 8));
		form.setZone(ExhibitionZone.TWELVE_FIELDS.name());
		form.setIndustry(ProductCategory.TRANSPORT_LOGISTICS.name());
		form.setSummary("寻求跨境物流服务合作伙伴。");
		form.setDemand(TradeDemand.BUYER.name());
		form.setContactName("李项目");
		form.setContactPhone("010-87654321");
		return form;
	}

	static List<byte[]> images(int count) {
		List<byte[]> images = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			images.add(Fixtures.image("png", 42 + i, 42));
		}
		return images;
	}

}
