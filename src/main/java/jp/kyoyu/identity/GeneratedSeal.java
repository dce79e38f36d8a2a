package jp.kyoyu.identity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.core.io.ClassPathResource;

/**
 * The round name seal (認印) printed for a user who uploaded no seal image: a red circle with the family name
 * written top to bottom, as a paper 認印 reads. Drawn with IPAex Gothic, the font every Kyoyu PDF embeds, so
 * it needs no font installed on the server.
 */
final class GeneratedSeal {

	static final int SIZE = 240;

	/** Vermilion of seal ink (朱肉). */
	private static final Color INK = new Color(0xD0, 0x25, 0x25);

	private static final Font FONT = load();

	/** A family name longer than this is cut: four characters already fill the circle top to bottom. */
	private static final int MAX_CHARACTERS = 4;

	private GeneratedSeal() {
	}

	static byte[] png(String fullName) {
		String family = familyName(fullName);
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(INK);
			float ring = SIZE * 0.045f;
			g.setStroke(new BasicStroke(ring));
			int inset = Math.round(ring);
			g.drawOval(inset, inset, SIZE - 2 * inset, SIZE - 2 * inset);
			int count = family.codePointCount(0, family.length());
			// the characters share the circle's inner height; fewer characters are drawn larger
			float size = Math.min(SIZE * 0.42f, SIZE * 0.74f / Math.max(count, 1));
			g.setFont(FONT.deriveFont(Font.BOLD, size));
			FontMetrics metrics = g.getFontMetrics();
			float top = (SIZE - size * count) / 2f;
			int[] codePoints = family.codePoints().toArray();
			for (int i = 0; i < codePoints.length; i++) {
				String character = new String(codePoints, i, 1);
				float x = (SIZE - metrics.stringWidth(character)) / 2f;
				float baseline = top + size * i + metrics.getAscent() * size / (metrics.getAscent() + metrics.getDescent());
				g.drawString(character, x, baseline);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * The family name: a Japanese name is kept whole in one field as 「姓 名」 (docs/modules/identity.md), so the part
	 * before the first space, full- or half-width; a name without a space is used as it is, cut to fit.
	 */
	static String familyName(String fullName) {
		String name = fullName == null ? "" : fullName.strip();
		String family = name.split("[ \u3000]+", 2)[0];
		if (family.isEmpty()) {
			family = "印";
		}
		int end = family.offsetByCodePoints(0, Math.min(MAX_CHARACTERS, family.codePointCount(0, family.length())));
		return family.substring(0, end);
	}

	private static Font load() {
		try (InputStream in = new ClassPathResource("fonts/ipaexg.ttf").getInputStream()) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (FontFormatException e) {
			throw new IllegalStateException("fonts/ipaexg.ttf is not a TrueType font", e);
		}
	}
}
