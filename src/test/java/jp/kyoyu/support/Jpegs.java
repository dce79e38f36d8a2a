package jp.kyoyu.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.imageio.ImageIO;

/** Real JPEG files for tests: a small picture, with or without an EXIF DateTimeOriginal as cameras write it. */
public final class Jpegs {

	private Jpegs() {
	}

	/** A 4×4 JPEG without EXIF. */
	public static byte[] plain() {
		BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x336699);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The same picture with an APP1 EXIF segment (IFD0 → Exif IFD → DateTimeOriginal), in the given byte order. */
	public static byte[] takenAt(LocalDateTime taken, ByteOrder order) {
		byte[] date = (taken.format(DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss")) + "\0")
			.getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(64).order(order);
		tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
		tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
		tiff.putShort((short) 42).putInt(8);
		// IFD0 at 8: one entry, the pointer to the Exif IFD at 26
		tiff.putShort((short) 1).putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(26).putInt(0);
		// Exif IFD at 26: DateTimeOriginal, ASCII, 20 bytes at 44
		tiff.putShort((short) 1).putShort((short) 0x9003).putShort((short) 2).putInt(date.length).putInt(44).putInt(0);
		tiff.put(date);
		byte[] exif = new byte[6 + tiff.position()];
		System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
		System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
		byte[] jpeg = plain();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2); // SOI
		out.write(0xFF);
		out.write(0xE1);
		int length = exif.length + 2;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(exif, 0, exif.length);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}
}
