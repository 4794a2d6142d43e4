package org.fairflow.portal.meeting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.fairflow.portal.support.CraftedImages;
import org.fairflow.portal.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The posters' rules: PNG or JPEG by content, at most 2 MB before anything is read,
 * exactly the kind's pixels by the header, kept as a PNG written anew.
 */
class PosterImageTest {

	@Test
	void aJpegOfTheExactSizeIsKeptAsAPngOfThatSizeWithoutWhatWasAppended() throws IOException {
		byte[] jpeg = CraftedImages.appended(Fixtures.image("jpeg", 165, 220), "SECRET-TRAILER");

		PosterImage poster = PosterImage.of(PosterImage.Kind.APP, jpeg);

		assertThat(Arrays.copyOf(poster.content(), 4)).containsExactly(0x89, 'P', 'N', 'G');
		var image = ImageIO.read(new ByteArrayInputStream(poster.content()));
		assertThat(image.getWidth()).isEqualTo(165);
		assertThat(image.getHeight()).isEqualTo(220);
		assertThat(CraftedImages.contains(poster.content(), "SECRET-TRAILER")).isFalse();
	}

	@Test
	void theWrongSizeNamesTheSizeFoundAndTheSizeNeeded() {
		assertThatExceptionOfType(SupplementException.class)
			.isThrownBy(() -> PosterImage.of(PosterImage.Kind.PC, Fixtures.image("png", 165, 220)))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("posterPc");
				assertThat(ex.messageKey()).isEqualTo("meetingreview.poster.dimensions");
				assertThat(ex.arguments()).containsExactly("165", "220", "275", "155");
			});
	}

	@Test
	void textWithAPngNameIsNotAnImage() {
		MockMultipartFile fake = new MockMultipartFile("posterPc", "poster.png", "image/png",
				"not an image".getBytes());

		assertThatExceptionOfType(SupplementException.class).isThrownBy(() -> PosterImage.of(PosterImage.Kind.PC, fake))
			.extracting(SupplementException::messageKey)
			.isEqualTo("meetingreview.poster.type");
	}

	@Test
	void anUploadOverTwoMegabytesIsRefusedByItsSizeAlone() {
		MockMultipartFile large = new MockMultipartFile("posterPc", "poster.png", "image/png",
				new byte[2 * 1024 * 1024 + 1]);

		assertThatExceptionOfType(SupplementException.class)
			.isThrownBy(() -> PosterImage.of(PosterImage.Kind.PC, large))
			.extracting(SupplementException::messageKey)
			.isEqualTo("meetingreview.poster.tooLarge");
	}

	@Test
	void aHeaderClaimingAHugeRasterIsRefusedBeforeDecoding() {
		assertThatExceptionOfType(SupplementException.class)
			.isThrownBy(() -> PosterImage.of(PosterImage.Kind.APP, CraftedImages.pngClaiming(40_000, 40_000)))
			.extracting(SupplementException::messageKey)
			.isEqualTo("meetingreview.poster.pixels");
	}

	@Test
	void aMissingPosterIsRequired() {
		assertThatExceptionOfType(SupplementException.class)
			.isThrownBy(() -> PosterImage.of(PosterImage.Kind.APP,
					new MockMultipartFile("posterApp", "", "application/octet-stream", new byte[0])))
			.extracting(SupplementException::messageKey)
			.isEqualTo("meetingreview.poster.required");
	}

}
