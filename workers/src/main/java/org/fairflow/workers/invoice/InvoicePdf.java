package org.fairflow.workers.invoice;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the simulated invoice as a one-page PDF. Chinese needs a CJK TrueType font,
 * which PDF readers do not bring: the first readable file of {@code fontFiles} is
 * embedded (subset). Without one the text is written in Helvetica with every character it
 * cannot show replaced by {@code ?}, so a server without CJK fonts still issues invoices.
 */
class InvoicePdf {

	/** Fonts of common Linux installations with TrueType (not CFF) outlines. */
	static final List<String> DEFAULT_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
			"C:/Windows/Fonts/simsun.ttc", "/System/Library/Fonts/STHeiti Light.ttc");

	private static final Logger log = LoggerFactory.getLogger(InvoicePdf.class);

	private static final float SIZE = 11;

	private final List<String> fontFiles;

	InvoicePdf(List<String> fontFiles) {
		this.fontFiles = List.copyOf(fontFiles);
	}

	byte[] write(List<String> lines) {
		try (PDDocument document = new PDDocument()) {
			List<TrueTypeCollection> open = new ArrayList<>();
			try {
				PDFont font = font(document, open);
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, SIZE);
					content.setLeading(SIZE * 1.6f);
					content.newLineAtOffset(50, PDRectangle.A4.getHeight() - 60);
					for (String line : lines) {
						content.showText(showable(font, line));
						content.newLine();
					}
					content.endText();
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				document.save(out);
				return out.toByteArray();
			}
			finally {
				for (TrueTypeCollection collection : open) {
					collection.close();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the invoice PDF", ex);
		}
	}

	/** The collection stays open until the document is saved: the subset is read then. */
	private PDFont font(PDDocument document, List<TrueTypeCollection> open) {
		for (String path : this.fontFiles) {
			File file = new File(path);
			if (!file.canRead()) {
				continue;
			}
			try {
				if (path.toLowerCase().endsWith(".ttc")) {
					TrueTypeCollection collection = new TrueTypeCollection(file);
					open.add(collection);
					List<TrueTypeFont> fonts = new ArrayList<>();
					collection.processAllFonts(fonts::add);
					if (!fonts.isEmpty()) {
						return PDType0Font.load(document, fonts.get(0), true);
					}
				}
				else {
					return PDType0Font.load(document, file);
				}
			}
			catch (IOException | RuntimeException ex) {
				log.debug("Font {} is not usable for invoices: {}", path, ex.toString());
			}
		}
		log.warn("No CJK font found for invoice PDFs (tried {}); Chinese is written as '?'", this.fontFiles);
		return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	}

	private static String showable(PDFont font, String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach((codePoint) -> {
			String character = new String(Character.toChars(codePoint));
			try {
				font.encode(character);
				out.append(character);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

}
