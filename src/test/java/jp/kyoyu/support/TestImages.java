package jp.kyoyu.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/** Images the tests upload (a seal) and then look for (in a print, in an export). */
public final class TestImages {

	private TestImages() {
	}

	/** A 120×120 PNG of plain blue: easy to find again among the page's images. */
	public static byte[] bluePng() throws IOException {
		BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.BLUE);
		g.fillRect(0, 0, 120, 120);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
