package jp.kyoyu.proposal;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Writes lines top to bottom on A4 pages, wrapping Japanese text by width (it has no spaces to break at). */
class PdfWriter implements AutoCloseable {

	private static final float MARGIN = 50;

	private static final float INDENT = 16;

	private final PDDocument document;

	private final PDType0Font font;

	private PDPageContentStream stream;

	private float y;

	PdfWriter(PDDocument document, PDType0Font font) throws IOException {
		this.document = document;
		this.font = font;
		newPage();
	}

	void heading(String text, float size) throws IOException {
		write(text, size, 0);
	}

	void line(String text, float size) throws IOException {
		write(text, size, 0);
	}

	void field(String label, String value) throws IOException {
		write("■ " + label, 10.5f, 0);
		write(value.isEmpty() ? "（記入なし）" : value, 10.5f, INDENT);
	}

	void gap() {
		y -= 8;
	}

	private void write(String text, float size, float indent) throws IOException {
		float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
		for (String paragraph : printable(text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < paragraph.length();) {
				int cp = paragraph.codePointAt(i);
				String next = line + new String(Character.toChars(cp));
				if (line.length() > 0 && font.getStringWidth(next) / 1000 * size > width) {
					show(line.toString(), size, indent);
					line.setLength(0);
					continue;
				}
				line.appendCodePoint(cp);
				i += Character.charCount(cp);
			}
			show(line.toString(), size, indent);
		}
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

	/** Characters the font lacks (emoji, control characters) would stop the whole print: they become 〓. */
	private String printable(String text) {
		StringBuilder out = new StringBuilder();
		text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(cp -> {
			String ch = new String(Character.toChars(cp));
			if (cp == '\n') {
				out.append('\n');
				return;
			}
			try {
				font.encode(ch);
				out.append(Character.isISOControl(cp) ? "" : ch);
			}
			catch (IOException | IllegalArgumentException e) {
				out.append('〓');
			}
		});
		return out.toString();
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
