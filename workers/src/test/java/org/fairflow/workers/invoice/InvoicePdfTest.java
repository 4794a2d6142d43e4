package org.fairflow.workers.invoice;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvoicePdfTest {

	@Test
	void withoutACjkFontTheLatinTextStaysAndChineseBecomesQuestionMarks() throws IOException {
		byte[] pdf = new InvoicePdf(List.of("/nowhere/no-font.ttc"))
			.write(List.of(SimulatedTaxPlatform.MARK, "No 123"));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("SIMULATION / ??", "No 123");
		}
	}

}
