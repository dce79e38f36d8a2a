package jp.kyoyu.proposal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import jp.kyoyu.proposal.PrintLayout.Area;
import jp.kyoyu.shared.pdf.PrintableText;

/**
 * One A4 page of a printed form, drawn in the layout's millimetres from the top-left corner (PDF counts points from
 * the bottom-left). Lines wrap at the character that would cross the box, as Japanese has no spaces to break at;
 * characters the font lacks print as 〓.
 */
final class FormSheet implements AutoCloseable {

	static final float LEADING = 1.35f;

	private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

	private final PDDocument document;

	private final PDType0Font font;

	private final PDPageContentStream stream;

	FormSheet(PDDocument document, PDType0Font font) throws IOException {
		this.document = document;
		this.font = font;
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		this.stream = new PDPageContentStream(document, page);
		stream.setLineWidth(0.6f);
	}

	static float pt(float mm) {
		return mm * 72f / 25.4f;
	}

	void frame(Area area) throws IOException {
		stream.addRect(pt(area.x()), PAGE_HEIGHT - pt(area.y() + area.height()), pt(area.width()), pt(area.height()));
		stream.stroke();
	}

	/** A horizontal rule across {@code area} at {@code y} mm. */
	void hline(Area area, float y) throws IOException {
		stream.moveTo(pt(area.x()), PAGE_HEIGHT - pt(y));
		stream.lineTo(pt(area.x() + area.width()), PAGE_HEIGHT - pt(y));
		stream.stroke();
	}

	void vline(float x, float top, float bottom) throws IOException {
		stream.moveTo(pt(x), PAGE_HEIGHT - pt(top));
		stream.lineTo(pt(x), PAGE_HEIGHT - pt(bottom));
		stream.stroke();
	}

	/** The label cell on the left of a box: a rule after it, the label centred in it. */
	void labelCell(Area area, float width, String label) throws IOException {
		if (label == null || label.isEmpty()) {
			return;
		}
		vline(area.x() + width, area.y(), area.y() + area.height());
		centred(new Area(area.x(), area.y(), width, area.height()), label, 9.5f);
	}

	/** Text centred in an area, wrapped if it is wider. */
	void centred(Area area, String text, float size) throws IOException {
		List<String> lines = wrap(text, pt(area.width()) - 4, size);
		float lineHeight = size * LEADING;
		float top = PAGE_HEIGHT - pt(area.y()) - (pt(area.height()) - lineHeight * lines.size()) / 2;
		for (int i = 0; i < lines.size(); i++) {
			float width = width(lines.get(i), size);
			show(lines.get(i), pt(area.x()) + (pt(area.width()) - width) / 2, top - lineHeight * (i + 1) + size * 0.3f,
					size);
		}
	}

	/**
	 * Writes the lines into {@code area} (mm) from its top, wrapping; answers what did not fit, to be printed on a
	 * continuation page.
	 */
	List<String> write(Area area, List<String> paragraphs, float size) throws IOException {
		float lineHeight = size * LEADING;
		float left = pt(area.x()) + 2;
		float y = PAGE_HEIGHT - pt(area.y()) - 1;
		float bottom = PAGE_HEIGHT - pt(area.y() + area.height());
		List<String> rest = new ArrayList<>();
		for (String paragraph : paragraphs) {
			for (String line : wrap(paragraph, pt(area.width()) - 4, size)) {
				if (!rest.isEmpty() || y - lineHeight < bottom) {
					rest.add(line);
					continue;
				}
				y -= lineHeight;
				show(line, left, y + size * 0.25f, size);
			}
		}
		return rest;
	}

	/** Text at a point: {@code x} mm from the left, its baseline {@code baseline} mm from the top. */
	void text(float x, float baseline, String text, float size) throws IOException {
		show(text, pt(x), PAGE_HEIGHT - pt(baseline), size);
	}

	float widthMm(String text, float size) throws IOException {
		return width(PrintableText.printable(font, text), size) * 25.4f / 72f;
	}

	/** An image scaled into {@code area} (mm), its proportions kept, centred. */
	void image(byte[] bytes, Area area) throws IOException {
		PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, "seal");
		float scale = Math.min(pt(area.width()) / image.getWidth(), pt(area.height()) / image.getHeight());
		float width = image.getWidth() * scale;
		float height = image.getHeight() * scale;
		stream.drawImage(image, pt(area.x()) + (pt(area.width()) - width) / 2,
				PAGE_HEIGHT - pt(area.y()) - (pt(area.height()) + height) / 2, width, height);
	}

	List<String> wrap(String text, float widthPoints, float size) throws IOException {
		return PrintableText.wrap(font, text, widthPoints, size);
	}

	private float width(String text, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	private void show(String text, float x, float y, float size) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(x, y);
		stream.showText(PrintableText.printable(font, text));
		stream.endText();
	}

	@Override
	public void close() throws IOException {
		stream.close();
	}
}
