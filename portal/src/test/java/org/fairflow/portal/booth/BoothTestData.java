package org.fairflow.portal.booth;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fairflow.portal.support.Fixtures;

/** Booth forms and images for the booth tests. */
final class BoothTestData {

	private BoothTestData() {
	}

	/** A valid booth with a name of its own (searchable without seeing other tests'). */
	static BoothForm form() {
		BoothForm form = new BoothForm();
		form.setName("数字服务展台" + UUID.randomUUID().toString().substring(0, 8));
		form.setWebsite("https://example.com/booth");
		form.setIntroduction("我们提供跨境数字服务。");
		form.setMainBusiness("云计算、数据服务");
		form.setTags("云计算; Cloud, 数据服务\n云计算");
		form.setZone(ExhibitionZone.TWELVE_FIELDS.name());
		form.setBoothNumber("A1-01");
		form.setContactName("王展务");
		form.setContactPhone("010-12345678");
		form.setContactEmail("booth@example.com");
		form.setShowContact(true);
		return form;
	}

	static byte[] png() {
		return Fixtures.image("png", 64, 48);
	}

	static List<byte[]> images(int count) {
		List<byte[]> images = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			images.add(Fixtures.image("png", 40 + i, 30));
		}
		return images;
	}

}
