package jp.kyoyu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;

/**
 * Every character of a PDF's first page in drawing order with its position: the print tests find a text and check
 * where it stands (a section below the one before, stamp headings on one row, a seal under its heading).
 */
public final class PdfGlyphs extends PDFTextStripper {

	public final List<TextPosition> positions = new ArrayList<>();

	/** The characters in drawing order, as one string: {@code positions.get(i)} is where {@code text.charAt(i)} is. */
	public final String text;

	public PdfGlyphs(PDDocument document) throws IOException {
		setSortByPosition(false);
		setStartPage(1);
		setEndPage(1);
		getText(document);
		StringBuilder all = new StringBuilder();
		positions.forEach(p -> all.append(p.getUnicode()));
		text = all.toString();
	}

	@Override
	protected void processTextPosition(TextPosition position) {
		positions.add(position);
	}

	/** Index of {@code needle} at or after {@code from}, in drawing order. */
	public int index(String needle, int from) {
		int at = text.indexOf(needle, from);
		assertThat(at).as(needle + " printed").isNotNegative();
		return at;
	}

	public int end(String needle, int from) {
		return index(needle, from) + needle.length();
	}

	public float x(String needle, int from) {
		return positions.get(index(needle, from)).getXDirAdj();
	}

	/** The y of the text from the page's bottom, as PDF counts. */
	public float y(String needle, int from) {
		TextPosition p = positions.get(index(needle, from));
		return p.getPageHeight() - p.getYDirAdj();
	}

	public float centre(String needle, int from) {
		int start = index(needle, from);
		TextPosition last = positions.get(start + needle.length() - 1);
		return (positions.get(start).getXDirAdj() + last.getXDirAdj() + last.getWidthDirAdj()) / 2;
	}

	/**
	 * Each text printed, searched after the previous one in drawing order, and each lower on the page than the one
	 * before it (or on the same row, for boxes side by side): the sections in the form's order, top to bottom.
	 */
	public void inOrderFromTop(String... texts) {
		int from = 0;
		float previous = -1;
		String before = null;
		for (String needle : texts) {
			int at = text.indexOf(needle, from);
			assertThat(at).as(needle + " printed after " + before).isNotNegative();
			float top = positions.get(at).getYDirAdj();
			assertThat(top).as(needle + " not above " + before).isGreaterThanOrEqualTo(previous);
			previous = top;
			before = needle;
			from = at + needle.length();
		}
	}

	/** The headings on one row, each right of the one before. */
	public void sideBySide(String... headings) {
		int from = index(headings[0], 0);
		float row = positions.get(from).getYDirAdj();
		float left = -1;
		for (String heading : headings) {
			int at = index(heading, from);
			assertThat(positions.get(at).getYDirAdj()).as(heading + " on the row of the stamp headings")
				.isCloseTo(row, Offset.offset(1f));
			assertThat(positions.get(at).getXDirAdj()).as(heading + " right of the column before").isGreaterThan(left);
			left = positions.get(at).getXDirAdj();
			from = at + heading.length();
		}
	}
}
