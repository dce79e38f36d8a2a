package jp.kyoyu.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs with one line of text per page, for the tests of what the personal-data check (G-2) finds in an upload. */
public final class TextPdfs {

	private TextPdfs() {
	}

	/** A PDF whose pages hold these texts, one per page, in a standard font (ASCII only). */
	public static byte[] withPages(String... pages) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String text : pages) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
					stream.beginText();
					stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					stream.newLineAtOffset(72, 700);
					stream.showText(text);
					stream.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}
}
