package org.fairflow.portal.badge;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Photos, resident ID numbers and approved units for the badge tests. */
final class BadgeTestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 9_000));

	private BadgeTestData() {
	}

	/** A resident ID number with the right check digit for a birth date. */
	static String residentId(LocalDate birth) {
		String first17 = String.format("310101%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth(), SEQUENCE.incrementAndGet() % 1000);
		return first17 + ResidentId.checkCharacter(first17);
	}

	/** A JPEG of noise, 600x800 by default, about 140 KB. */
	static byte[] jpeg(int width, int height) {
		return image("jpg", width, height, 64);
	}

	static byte[] image(String format, int width, int height, int noise) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(42);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int v = (noise == 0) ? 200 : Math.max(0, Math.min(255, 128 + random.nextInt(noise) - noise / 2));
				image.setRGB(x, y, (v << 16) | (v << 8) | v);
			}
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A valid JPEG padded past 500 KB. */
	static byte[] oversizedJpeg() {
		byte[] photo = jpeg(600, 800);
		return Arrays.copyOf(photo, 500 * 1024 + 1);
	}

	/**
	 * A unit stored as approved straight away (no review process runs for it, so nothing
	 * changes its status behind the test's back); returns its liaison.
	 */
	static PortalUser approvedUnit(Fixtures fixtures, Accounts accounts, JdbcTemplate jdbc) {
		return approvedUnit(fixtures, accounts, jdbc, fixtures.tree());
	}

	/** As above, under the sub-delegation of the given tree. */
	static PortalUser approvedUnit(Fixtures fixtures, Accounts accounts, JdbcTemplate jdbc, Fixtures.Tree tree) {
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		long unitId = unitRow(jdbc, code, tree.sub().getId(), "证件测试单位", "Badge test unit");
		accounts.create(code, Fixtures.PASSWORD, Role.APPLICANT, "李联络", null, unitId);
		return fixtures.user(code);
	}

	/**
	 * An approved enterprise of the organisation, written by SQL (no account, no case);
	 * its names end in a number of its own. Returns its id.
	 */
	static long unitRow(JdbcTemplate jdbc, long organisationId, String nameZh, String nameEn) {
		return unitRow(jdbc, Fixtures.creditCode(UnitCategory.ENTERPRISE), organisationId, nameZh, nameEn);
	}

	private static long unitRow(JdbcTemplate jdbc, String code, long organisationId, String nameZh, String nameEn) {
		int n = SEQUENCE.incrementAndGet();
		jdbc.update("insert into unit (credit_code, name_zh, name_en, address, contact_name, contact_mobile,"
				+ " contact_email, category, organisation_id, product_areas, status, created_at, updated_at)"
				+ " values (?, ?, ?, '上海市测试路 1 号', '李联络', '13912345678', 'contact@example.com', 'ENTERPRISE', ?,"
				+ " 'FOOD_AGRI', 'APPROVED', current_timestamp, current_timestamp)", code, nameZh + n, nameEn + " " + n,
				organisationId);
		return jdbc.queryForObject("select id from unit where credit_code = ?", Long.class, code);
	}

	/** A valid domestic person of a badge type, with a document number of its own. */
	static PersonForm form(String badgeType) {
		PersonForm form = PersonRulesTest.domestic();
		form.setBadgeType(badgeType);
		form.setDocumentNumber(residentId(LocalDate.of(1990, 3, 8)));
		return form;
	}

	/** The person stored as the unit's draft, with a valid photo or without one. */
	static Person draft(Persons persons, Long unitId, PersonForm form, boolean withPhoto) {
		PersonRules.Result result = PersonRules.check(form);
		assertThat(result.ok()).as("test data is valid: %s", result.problems()).isTrue();
		return persons.add(unitId, result.checked(), withPhoto ? PersonPhoto.of(jpeg(600, 800)) : null);
	}

	/** The delegation pays its units' visitor badges, within an optional per-unit cap. */
	static void unifiedPaymentOn(JdbcTemplate jdbc, Long delegationId, Integer unitCap) {
		jdbc.update("insert into unified_payment (delegation_id, enabled, unit_cap, updated_by, updated_at)"
				+ " values (?, true, ?, 'test', current_timestamp)", delegationId, unitCap);
	}

	/** A registered unit still under review; returns its liaison. */
	static PortalUser registeredUnit(Fixtures fixtures) {
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, fixtures.tree().sub());
		fixtures.register(form);
		return fixtures.user(CreditCode.normalise(form.getCreditCode()));
	}

}
