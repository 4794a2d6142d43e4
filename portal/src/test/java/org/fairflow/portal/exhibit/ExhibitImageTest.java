package org.fairflow.portal.exhibit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.fairflow.portal.support.CraftedImages;
import org.fairflow.portal.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Images are told by their content, their size is checked before reading and their pixels
 * from the header before decoding; what passes is written anew. Videos are told by their
 * first bytes: MP4 and WebM only.
 */
class ExhibitImageTest {

	@Test
	void pngJpegGifAndBmpAreAcceptedAndWrittenAnew() throws IOException {
		for (String format : new String[] { "png", "jpeg", "gif", "bmp" }) {
			byte[] upload = Fixtures.image(format, 120, 80);

			ExhibitImage image = ExhibitImage.of("images", ImageUse.BOOTH_IMAGE, upload);

			assertThat(image.width()).as(format).isEqualTo(120);
			assertThat(image.height()).as(format).isEqualTo(80);
			assertThat(image.contentType()).as(format).isEqualTo("jpeg".equals(format) ? "image/jpeg" : "image/png");
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.content()));
			assertThat(decoded.getWidth()).as(format).isEqualTo(120);
		}
	}

	@Test
	void whatFollowsTheImageIsDropped() {
		byte[] png = Fixtures.image("png", 40, 30);
		byte[] withTrailer = Arrays.copyOf(png, png.length + 20);
		System.arraycopy("<script>alert</script>".getBytes(StandardCharsets.US_ASCII), 0, withTrailer, png.length, 20);

		ExhibitImage image = ExhibitImage.of("logo", ImageUse.LOGO, withTrailer);

		assertThat(new String(image.content(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
	}

	@Test
	void aFakeImageIsRefusedByItsContent() {
		byte[] text = "this is not an image, whatever its name says".getBytes(StandardCharsets.UTF_8);

		assertRefused(() -> ExhibitImage.of("images", ImageUse.BOOTH_IMAGE, text), "images", "exhibit.image.type");
		// A PNG signature with garbage after it is no image either.
		byte[] fakePng = Arrays.copyOf(Fixtures.image("png", 10, 10), 40);
		Arrays.fill(fakePng, 8, 40, (byte) 7);
		assertRefused(() -> ExhibitImage.of("images", ImageUse.BOOTH_IMAGE, fakePng), "images", "exhibit.image.type");
	}

	@Test
	void anOversizedImageIsRefusedBeforeItIsRead() {
		byte[] big = new byte[2 * 1024 * 1024 + 1];
		byte[] png = Fixtures.image("png", 10, 10);
		System.arraycopy(png, 0, big, 0, png.length);

		assertRefused(() -> ExhibitImage.of("logo", ImageUse.LOGO, big), "logo", "exhibit.image.tooLarge");
		// A project image may be larger (5 MB); past that it is refused too.
		byte[] huge = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(png, 0, huge, 0, png.length);
		assertRefused(() -> ExhibitImage.of("images", ImageUse.PROJECT_IMAGE, huge), "images",
				"exhibit.image.tooLarge");
	}

	@Test
	void tooManyPixelsAreRefusedFromTheHeaderWithoutDecoding() {
		// A few dozen bytes claiming 30000 x 30000 pixels (3.6 GB decoded).
		assertRefused(() -> ExhibitImage.of("images", ImageUse.BOOTH_IMAGE, CraftedImages.pngClaiming(30000, 30000)),
				"images", "exhibit.image.pixels");
		assertRefused(() -> ExhibitImage.of("images", ImageUse.BOOTH_IMAGE, CraftedImages.pngClaiming(6001, 10)),
				"images", "exhibit.image.pixels");
	}

	@Test
	void anEmptyUploadIsRefused() {
		assertRefused(() -> ExhibitImage.of("logo", ImageUse.LOGO, new byte[0]), "logo", "exhibit.image.required");
	}

	@Test
	void onlyMp4AndWebmAreVideos() {
		byte[] mp4 = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' };
		byte[] webm = { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 0, 0, 0, 0, 0, 0, 0, 0 };
		byte[] avi = "RIFF\0\0\0\0AVI ".getBytes(StandardCharsets.US_ASCII);

		assertThat(ExhibitMedia.videoType(mp4, mp4.length)).isEqualTo("video/mp4");
		assertThat(ExhibitMedia.videoType(webm, webm.length)).isEqualTo("video/webm");
		assertThat(ExhibitMedia.videoType(avi, avi.length)).isNull();
		assertThat(ExhibitMedia.videoType(mp4, 6)).as("too short to tell").isNull();
	}

	private static void assertRefused(Runnable upload, String field, String key) {
		assertThatThrownBy(upload::run).isInstanceOfSatisfying(ExhibitRefusedException.class, (ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

}
