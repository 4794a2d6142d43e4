package org.fairflow.portal.badge;

import org.fairflow.portal.support.CraftedImages;
import org.fairflow.portal.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Badge photos are checked by their content: JPEG, 600x800 pixels, 50-500 KB; what is
 * kept is written anew.
 */
class PersonPhotoTest {

	@Test
	void aJpegOf600By800WithinTheSizeLimitsIsAccepted() {
		byte[] jpeg = BadgeTestData.jpeg(600, 800);
		assertThat(jpeg.length).isBetween(PersonPhoto.MIN_BYTES, PersonPhoto.MAX_BYTES);
		assertThat(PersonPhoto.of(jpeg).content()).startsWith(0xFF, 0xD8, 0xFF);
	}

	@Test
	void theStoredPhotoIsWrittenAnewWithoutExifOrAppendedBytes() {
		byte[] upload = CraftedImages.appended(CraftedImages.jpegWithExif(BadgeTestData.jpeg(600, 800), "GPS 31.23N"),
				"<html><script>alert(1)</script></html>");

		byte[] stored = PersonPhoto.of(upload).content();

		assertThat(CraftedImages.contains(stored, "Exif")).isFalse();
		assertThat(CraftedImages.contains(stored, "GPS")).isFalse();
		assertThat(CraftedImages.contains(stored, "<script>")).isFalse();
		assertThat(PersonPhoto.of(upload).content()).as("the same upload, the same bytes").isEqualTo(stored);
	}

	@Test
	void aPhotoTakenWithThePhoneTurnedCountsAsTheUprightSize() {
		byte[] sideways = CraftedImages.jpegWithOrientation(BadgeTestData.jpeg(800, 600), 6);
		assertThat(sideways.length).isBetween(PersonPhoto.MIN_BYTES, PersonPhoto.MAX_BYTES);

		assertThat(PersonPhoto.of(sideways).content()).isNotEmpty();
		assertRefused(CraftedImages.jpegWithOrientation(BadgeTestData.jpeg(600, 800), 6), "badge.photo.dimensions");
	}

	@Test
	void aJpegWhoseHeaderClaimsAHugeSizeIsRefusedAsTheWrongDimensions() {
		byte[] bomb = CraftedImages.jpegClaiming(BadgeTestData.jpeg(600, 800), 30_000, 30_000);
		assertThat(bomb.length).isBetween(PersonPhoto.MIN_BYTES, PersonPhoto.MAX_BYTES);

		assertRefused(bomb, "badge.photo.dimensions");
	}

	@Test
	void aJpegOfTheWrongDimensionsIsRefused() {
		assertRefused(BadgeTestData.jpeg(800, 600), "badge.photo.dimensions");
		assertRefused(BadgeTestData.jpeg(601, 800), "badge.photo.dimensions");
	}

	@Test
	void pngContentIsRefusedWhateverTheFileIsCalled() {
		byte[] png = BadgeTestData.image("png", 600, 800, 16);
		assertThat(png.length).isBetween(PersonPhoto.MIN_BYTES, PersonPhoto.MAX_BYTES);
		assertRefused(png, "badge.photo.type");
		assertRefused(Fixtures.png(), "badge.photo.type");
	}

	@Test
	void bytesThatOnlyStartLikeAJpegAreRefused() {
		byte[] fake = new byte[60 * 1024];
		fake[0] = (byte) 0xFF;
		fake[1] = (byte) 0xD8;
		fake[2] = (byte) 0xFF;
		assertRefused(fake, "badge.photo.type");
	}

	@Test
	void aPhotoUnder50KbIsRefused() {
		byte[] plain = BadgeTestData.image("jpg", 600, 800, 0);
		assertThat(plain.length).isLessThan(PersonPhoto.MIN_BYTES);
		assertRefused(plain, "badge.photo.tooSmall");
	}

	@Test
	void aPhotoOver500KbIsRefused() {
		assertRefused(BadgeTestData.oversizedJpeg(), "badge.photo.tooLarge");
	}

	@Test
	void anEmptyPhotoIsRefused() {
		assertRefused(new byte[0], "badge.photo.required");
		assertRefused(null, "badge.photo.required");
	}

	private static void assertRefused(byte[] bytes, String key) {
		assertThatThrownBy(() -> PersonPhoto.of(bytes)).isInstanceOf(InvalidPhotoException.class).hasMessage(key);
	}

}
