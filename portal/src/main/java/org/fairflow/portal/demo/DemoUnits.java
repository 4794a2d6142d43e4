package org.fairflow.portal.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.unit.LicenceImage;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.portal.unit.UnitRegistration;
import org.fairflow.workers.registry.CreditCode;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo units, registered through the real registration so the engine runs their cases.
 */
@Component
@Profile("default")
class DemoUnits {

	/** Logins of the demo units (the credit code is a unit's login). */
	static final String ENTERPRISE = CreditCode.withCheckCharacter("91310115MA1K4ABCD");

	static final String CHAMBER = CreditCode.withCheckCharacter("51310115MJ5012345");

	static final String BUREAU = CreditCode.withCheckCharacter("11320000014000123");

	/** Holds a quota from Pudong before it has registered. */
	static final String NOT_YET_REGISTERED = CreditCode.withCheckCharacter("91310115MA1K4WXY1");

	private final UnitRegistration registration;

	DemoUnits(UnitRegistration registration) {
		this.registration = registration;
	}

	void register(Organisation pudong, Organisation jiangsu) {
		this.registration.register(form(ENTERPRISE, UnitCategory.ENTERPRISE, "上海示范进口贸易有限公司",
				"Shanghai Demo Import Trading Co., Ltd.", pudong), licence());
		this.registration.register(form(CHAMBER, UnitCategory.SOCIAL_ORGANISATION, "浦东新区进口商会",
				"Pudong Import Chamber of Commerce", pudong), licence());
		this.registration.register(
				form(BUREAU, UnitCategory.GOVERNMENT, "江苏省示范商务局", "Jiangsu Demo Commerce Bureau", jiangsu), licence());
	}

	private static RegistrationForm form(String code, UnitCategory category, String nameZh, String nameEn,
			Organisation organisation) {
		RegistrationForm form = new RegistrationForm();
		form.setCreditCode(code);
		form.setCategory(category);
		form.setNameZh(nameZh);
		form.setNameEn(nameEn);
		form.setAddress("上海市浦东新区示范路 1 号");
		form.setContactName("张联络");
		form.setContactMobile("13800138000");
		form.setContactEmail("liaison@example.com");
		form.setOrganisationId(organisation.getId());
		form.setProductAreas(List.of("FOOD_AGRI", "EQUIPMENT"));
		form.setPlannedImportAmount(new BigDecimal("120.00"));
		form.setPassword(DemoData.PASSWORD);
		form.setPasswordConfirm(DemoData.PASSWORD);
		return form;
	}

	private static LicenceImage licence() {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(250, 246, 236));
		g.fillRect(0, 0, 320, 200);
		g.setColor(new Color(160, 30, 30));
		g.drawRect(8, 8, 304, 184);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return LicenceImage.of("demo-licence.png", out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
