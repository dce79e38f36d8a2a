package jp.kyoyu.shared.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes lines top to bottom on A4 pages with an embedded Japanese font, for every PDF Kyoyu prints (proposals,
 * approval histories). Japanese has no spaces to break at, so lines wrap at the character that would cross the
 * margin; characters the font lacks become 〓 instead of failing the whole print.
 */
public final class A4Pages implements AutoCloseable {

	private static final float MARGIN = 50;

	private final PDDocument document;

	private final PDType0Font font;

	private PDPageContentStream stream;

	private float y;

	public A4Pages(PDDocument document, PDType0Font font) throws IOException {
		this.document = document;
		this.font = font;
		newPage();
	}

	/** Writes {@code text} at {@code size} points, {@code indent} points in from the left margin, wrapping. */
	public void write(String text, float size, float indent) throws IOException {
		float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
		for (String line : PrintableText.wrap(font, text, width, size)) {
			show(line, size, indent);
		}
	}

	public void gap(float points) {
		y -= points;
	}

	/** A thin rule between steps; starts a new page rather than drawing into the bottom margin. */
	public void rule() throws IOException {
		if (y - 6 < MARGIN) {
			newPage();
		}
		y -= 3;
		stream.setLineWidth(0.3f);
		stream.moveTo(MARGIN, y);
		stream.lineTo(PDRectangle.A4.getWidth() - MARGIN, y);
		stream.stroke();
		y -= 3;
	}

	private void show(String text, float size, float indent) throws IOException {
		float leading = size * 1.5f;
		if (y - leading < MARGIN) {
			newPage();
		}
		y -= leading;
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(MARGIN + indent, y);
		stream.showText(text);
		stream.endText();
	}

	private void newPage() throws IOException {
		if (stream != null) {
			stream.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		stream = new PDPageContentStream(document, page);
		y = PDRectangle.A4.getHeight() - MARGIN;
	}

	@Override
	public void close() throws IOException {
		stream.close();
	}
}
