package jp.kyoyu.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as every Kyoyu print writes it: lines wrap at the character that would cross the width, as Japanese has no
 * spaces to break at, and a character the font lacks prints as 〓 instead of failing the whole print. Used by
 * {@link A4Pages} (flowing pages) and by the proposal's form sheets (boxes at fixed places), so both print a text
 * the same way.
 */
public final class PrintableText {

	private PrintableText() {
	}

	/** Line breaks made {@code \n}, tabs spaces, other control characters dropped, missing glyphs 〓. */
	public static String printable(PDFont font, String text) {
		StringBuilder out = new StringBuilder();
		text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').codePoints().forEach(cp -> {
			if (cp == '\n') {
				out.append('\n');
				return;
			}
			if (Character.isISOControl(cp)) {
				return;
			}
			String ch = new String(Character.toChars(cp));
			try {
				font.encode(ch);
				out.append(ch);
			}
			catch (IOException | IllegalArgumentException e) {
				out.append('〓');
			}
		});
		return out.toString();
	}

	/** The printable text in lines no wider than {@code widthPoints} at {@code size} points; paragraphs kept. */
	public static List<String> wrap(PDFont font, String text, float widthPoints, float size) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : printable(font, text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < paragraph.length();) {
				int cp = paragraph.codePointAt(i);
				String next = line + new String(Character.toChars(cp));
				if (line.length() > 0 && font.getStringWidth(next) / 1000 * size > widthPoints) {
					lines.add(line.toString());
					line.setLength(0);
					continue;
				}
				line.appendCodePoint(cp);
				i += Character.charCount(cp);
			}
			lines.add(line.toString());
		}
		return lines;
	}
}
