package org.fairflow.portal.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Random;

import javax.imageio.ImageIO;

import org.fairflow.portal.badge.DocumentType;
import org.fairflow.portal.badge.Gender;
import org.fairflow.portal.badge.PreviousHolderArchive;
import org.fairflow.portal.badge.ResidentId;
import org.fairflow.portal.engine.EngineReadyEvent;
import org.fairflow.portal.fair.FairSettings;
import org.fairflow.portal.quota.BadgeType;

import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Previous-edition badge holders of the demo enterprise (/badge/previous): one who may
 * reuse the badge, one who did not pass the review then, and one whose unit came through
 * another sub-delegation then. Runs after {@link DemoData}, once.
 */
@Component
@Profile("default")
class DemoPreviousHolders {

	/** The codes {@link DemoData} gives Pudong and Xuhui. */
	private static final String PUDONG = "SH-PD";

	private static final String XUHUI = "SH-XH";

	private final PreviousHolderArchive archive;

	private final FairSettings fair;

	DemoPreviousHolders(PreviousHolderArchive archive, FairSettings fair) {
		this.archive = archive;
		this.fair = fair;
	}

	@EventListener(EngineReadyEvent.class)
	@Order(110)
	void load() {
		if (this.archive.hasHolders(DemoUnits.ENTERPRISE)) {
			return;
		}
		int last = this.fair.current().edition() - 1;
		LocalDate from = LocalDate.of(2024, 11, 5);
		LocalDate wangBirth = LocalDate.of(1986, 5, 12);
		this.archive.record(new PreviousHolderArchive.Entry(last, DemoUnits.ENTERPRISE, PUDONG, "CN", "王芳", null,
				Gender.FEMALE, DocumentType.RESIDENT_ID, residentId("310115", wangBirth, "026"), wangBirth,
				"13917001234", "wang.fang@example.com", "采购经理", BadgeType.VISITOR, from, from.plusDays(5),
				"P" + last + "-V-000123", true), photo(1));
		LocalDate chenBirth = LocalDate.of(1990, 9, 3);
		this.archive.record(
				new PreviousHolderArchive.Entry(last, DemoUnits.ENTERPRISE, PUDONG, "CN", "陈明", null, Gender.MALE,
						DocumentType.RESIDENT_ID, residentId("310115", chenBirth, "051"), chenBirth, "13817005678",
						null, "业务员", BadgeType.STAFF, from, from.plusDays(5), "P" + last + "-S-000456", false),
				photo(2));
		LocalDate earlier = LocalDate.of(2023, 11, 5);
		this.archive.record(new PreviousHolderArchive.Entry(last - 1, DemoUnits.ENTERPRISE, XUHUI, "DE", "安娜",
				"Anna Schmidt", Gender.FEMALE, DocumentType.PASSPORT, "C01X00T47", LocalDate.of(1982, 2, 20),
				"+49 30 1234567", "anna.schmidt@example.com", "Buyer", BadgeType.VISITOR, earlier, earlier.plusDays(5),
				"P" + (last - 1) + "-V-000789", true), photo(3));
	}

	private static String residentId(String region, LocalDate birth, String sequence) {
		String first17 = String.format("%s%04d%02d%02d%s", region, birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth(), sequence);
		return first17 + ResidentId.checkCharacter(first17);
	}

	/**
	 * A 600x800 JPEG of grey noise, about 140 KB: within the 50-500 KB a badge photo
	 * needs.
	 */
	private static byte[] photo(long seed) {
		BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(seed);
		for (int y = 0; y < 800; y++) {
			for (int x = 0; x < 600; x++) {
				int v = 96 + random.nextInt(64);
				image.setRGB(x, y, (v << 16) | (v << 8) | v);
			}
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "jpg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
