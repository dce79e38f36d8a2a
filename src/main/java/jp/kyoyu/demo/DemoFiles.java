package jp.kyoyu.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import jp.kyoyu.shared.pdf.A4Pages;
import jp.kyoyu.shared.pdf.JapaneseFont;

/**
 * Real files for the demo documents, made on the spot: a one-page PDF that says what it stands for, and a small
 * JPEG. Real formats, not placeholder bytes, so the previews, the PDF bundle and the deliverable's checks (PHOTO
 * takes JPEG only) treat them as they treat a user's files.
 */
final class DemoFiles {

	private DemoFiles() {
	}

	static byte[] pdf(String title, String body) {
		try {
			return JapaneseFont.print((document, font) -> {
				try (A4Pages pages = new A4Pages(document, font)) {
					pages.write(title, 16, 0);
					pages.gap(10);
					pages.write(body, 10.5f, 0);
					pages.gap(10);
					pages.write("（Kyoyu デモデータ）", 9, 0);
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				document.save(out);
				return out.toByteArray();
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A 640×480 picture: sky over a field, the proportions of a site photo. */
	static byte[] jpeg(Color ground) {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(170, 200, 235));
		g.fillRect(0, 0, 640, 240);
		g.setColor(ground);
		g.fillRect(0, 240, 640, 240);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
