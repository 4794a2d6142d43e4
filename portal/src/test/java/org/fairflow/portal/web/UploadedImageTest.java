package org.fairflow.portal.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.fairflow.portal.support.CraftedImages;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.web.UploadedImage.Format;
import org.fairflow.portal.web.UploadedImage.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Uploaded images: the pixel size is checked from the header before decoding, the type by
 * the content, and what is kept is written anew without metadata or appended bytes.
 */
class UploadedImageTest {

	private static final Set<Format> ANY = EnumSet.allOf(Format.class);

	@Test
	void aPngWhoseHeaderClaims30000By30000IsRefusedBeforeDecoding() {
		byte[] bomb = CraftedImages.pngClaiming(30_000, 30_000);
		assertThat(bomb.length).isLessThan(100);

		assertRefused(bomb, ANY, Problem.TOO_LARGE);
		assertRefused(CraftedImages.pngClaiming(UploadedImage.MAX_SIDE + 1, 10), ANY, Problem.TOO_LARGE);
		assertRefused(CraftedImages.pngClaiming(6_000, 6_000), ANY, Problem.TOO_LARGE);
	}

	@Test
	void aJpegWhoseHeaderClaims30000By30000IsRefusedBeforeDecoding() {
		assertRefused(CraftedImages.jpegClaiming(Fixtures.image("jpg", 40, 30), 30_000, 30_000), ANY,
				Problem.TOO_LARGE);
	}

	@Test
	void theCallersSizeRuleIsAskedWithTheHeadersWidthAndHeight() {
		byte[] jpeg = Fixtures.image("jpg", 40, 30);

		assertThat(UploadedImage.read(jpeg, ANY, (w, h) -> w == 40 && h == 30).width()).isEqualTo(40);
		assertRefused(jpeg, ANY, (w, h) -> w == 600 && h == 800, Problem.DIMENSIONS);
	}

	@Test
	void theTypeComesFromTheContent() {
		assertThat(UploadedImage.read(Fixtures.png(), ANY).format()).isEqualTo(Format.PNG);
		assertThat(UploadedImage.read(Fixtures.image("jpg", 40, 30), ANY).format()).isEqualTo(Format.JPEG);
		assertRefused(Fixtures.png(), EnumSet.of(Format.JPEG), Problem.TYPE);
		assertRefused(Fixtures.image("gif", 40, 30), ANY, Problem.TYPE);
		assertRefused("<html><script>alert(1)</script>".getBytes(), ANY, Problem.TYPE);
		assertRefused(new byte[0], ANY, Problem.TYPE);
		assertRefused(null, ANY, Problem.TYPE);
	}

	@Test
	void bytesThatOnlyStartLikeAnImageAreUnreadable() {
		byte[] fake = new byte[1024];
		System.arraycopy(Fixtures.png(), 0, fake, 0, 8);
		assertRefused(fake, ANY, Problem.UNREADABLE);
	}

	@Test
	void htmlAppendedAfterAJpegIsNotKept() throws IOException {
		byte[] jpeg = CraftedImages.appended(Fixtures.image("jpg", 40, 30), "<html><script>alert(1)</script></html>");

		UploadedImage image = UploadedImage.read(jpeg, ANY);

		assertThat(CraftedImages.contains(image.content(), "<script>")).isFalse();
		assertThat(CraftedImages.contains(image.content(), "html")).isFalse();
		assertDecodes(image.content(), 40, 30);
	}

	@Test
	void htmlAppendedAfterAPngIsNotKept() throws IOException {
		byte[] png = CraftedImages.appended(Fixtures.png(), "<html><script>alert(1)</script></html>");

		UploadedImage image = UploadedImage.read(png, ANY);

		assertThat(CraftedImages.contains(image.content(), "<script>")).isFalse();
		assertDecodes(image.content(), 40, 30);
	}

	@Test
	void exifMetadataIsGone() throws IOException {
		byte[] jpeg = CraftedImages.jpegWithExif(Fixtures.image("jpg", 40, 30), "GPS 31.2304N 121.4737E");
		assertThat(CraftedImages.contains(jpeg, "Exif")).isTrue();
		assertDecodes(jpeg, 40, 30);

		UploadedImage image = UploadedImage.read(jpeg, ANY);

		assertThat(CraftedImages.contains(image.content(), "Exif")).isFalse();
		assertThat(CraftedImages.contains(image.content(), "GPS")).isFalse();
		assertDecodes(image.content(), 40, 30);
	}

	@Test
	void aJpegTakenWithThePhoneTurnedIsStoredUprightAndMeasuredSo() throws IOException {
		BufferedImage raw = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = raw.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 40, 30);
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, 10, 10);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(raw, "jpg", out);
		byte[] turned = CraftedImages.jpegWithOrientation(out.toByteArray(), 6);

		UploadedImage image = UploadedImage.read(turned, ANY, (w, h) -> w == 30 && h == 40);

		assertThat(image.width()).isEqualTo(30);
		assertThat(image.height()).isEqualTo(40);
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(image.content()));
		assertThat(stored.getWidth()).isEqualTo(30);
		assertThat(new Color(stored.getRGB(25, 4)).getRed()).as("top left turned to top right").isGreaterThan(200);
		assertThat(new Color(stored.getRGB(25, 4)).getBlue()).isLessThan(80);
		assertThat(new Color(stored.getRGB(4, 4)).getBlue()).as("white").isGreaterThan(200);
		assertThat(CraftedImages.contains(image.content(), "Exif")).isFalse();
	}

	@Test
	void theSameUploadIsWrittenToTheSameBytes() {
		byte[] jpeg = Fixtures.image("jpg", 40, 30);

		assertThat(UploadedImage.read(jpeg, ANY).content()).isEqualTo(UploadedImage.read(jpeg, ANY).content());
	}

	private static void assertDecodes(byte[] bytes, int width, int height) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(image).isNotNull();
		assertThat(image.getWidth()).isEqualTo(width);
		assertThat(image.getHeight()).isEqualTo(height);
	}

	private static void assertRefused(byte[] bytes, Set<Format> formats, Problem problem) {
		assertRefused(bytes, formats, (w, h) -> true, problem);
	}

	private static void assertRefused(byte[] bytes, Set<Format> formats,
			java.util.function.BiPredicate<Integer, Integer> size, Problem problem) {
		assertThatExceptionOfType(UploadedImage.RefusedException.class)
			.isThrownBy(() -> UploadedImage.read(bytes, formats, size))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(problem));
	}

}
