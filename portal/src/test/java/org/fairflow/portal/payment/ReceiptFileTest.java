package org.fairflow.portal.payment;

import java.util.Arrays;

import org.fairflow.portal.support.CraftedImages;
import org.fairflow.portal.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A receipt's type comes from its first bytes, never from its name. */
class ReceiptFileTest {

	@Test
	void pdfJpegAndPngAreToldByTheirContent() {
		assertThat(ReceiptFile.of("a.png", PaymentTestData.pdf()).contentType()).isEqualTo("application/pdf");
		assertThat(ReceiptFile.of("a.pdf", Fixtures.image("jpg", 10, 10)).contentType()).isEqualTo("image/jpeg");
		assertThat(ReceiptFile.of("a.jpg", Fixtures.png()).contentType()).isEqualTo("image/png");
	}

	@Test
	void anotherTypeAnEmptyFileOrMoreThanFiveMegabytesIsRefused() {
		assertThatExceptionOfType(PaymentException.class).isThrownBy(() -> ReceiptFile.of("x.pdf", "GIF89a".getBytes()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("payment.receipt.badType"));
		assertThatExceptionOfType(PaymentException.class).isThrownBy(() -> ReceiptFile.of("x.pdf", new byte[0]))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("payment.receipt.missing"));
		byte[] large = Arrays.copyOf(PaymentTestData.pdf(), ReceiptFile.MAX_BYTES + 1);
		assertThatExceptionOfType(PaymentException.class).isThrownBy(() -> ReceiptFile.of("x.pdf", large))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("payment.receipt.tooLarge"));
		assertThat(ReceiptFile.of("x.pdf", Arrays.copyOf(PaymentTestData.pdf(), ReceiptFile.MAX_BYTES))).isNotNull();
	}

	@Test
	void anImageReceiptIsKeptWrittenAnewAndOneClaimingHugeDimensionsIsRefused() {
		byte[] upload = CraftedImages.appended(CraftedImages.jpegWithExif(Fixtures.image("jpg", 40, 30), "GPS 31.23N"),
				"<html><script>alert(1)</script></html>");

		byte[] stored = ReceiptFile.of("r.jpg", upload).content();

		assertThat(CraftedImages.contains(stored, "GPS")).isFalse();
		assertThat(CraftedImages.contains(stored, "<script>")).isFalse();
		assertThatExceptionOfType(PaymentException.class)
			.isThrownBy(() -> ReceiptFile.of("r.png", CraftedImages.pngClaiming(30_000, 30_000)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("payment.receipt.pixels"));
	}

	@Test
	void aPdfReceiptIsKeptAsUploaded() {
		assertThat(ReceiptFile.of("r.pdf", PaymentTestData.pdf()).content()).isEqualTo(PaymentTestData.pdf());
	}

	@Test
	void theStoredNameIsTheLastPathSegmentWithoutControlCharacters() {
		assertThat(ReceiptFile.of("C:\\tmp\\..\\回单\"\n.pdf", PaymentTestData.pdf()).fileName()).isEqualTo("回单.pdf");
		assertThat(ReceiptFile.of(null, Fixtures.png()).fileName()).isEqualTo("receipt.png");
	}

}
