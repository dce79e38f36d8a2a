package jp.kyoyu.document;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Reads a JPEG's EXIF DateTimeOriginal (tag 0x9003 in the Exif IFD, {@code "2026:05:01 09:30:00"}), the default of
 * a photo's 撮影年月日. Only the APP1 segment is read (a few KB at the front of the file), so a large photo is not
 * loaded. Written here rather than adding a metadata library: one tag of one segment is all Kyoyu needs.
 * Anything unexpected (not a JPEG, no EXIF, a broken offset, an all-blank date as cameras write it when unset)
 * gives no date, never an error: the user then types it.
 */
final class ExifDates {

	private static final int TAG_EXIF_IFD = 0x8769;

	private static final int TAG_DATE_TIME_ORIGINAL = 0x9003;

	private static final int MAX_SEGMENTS = 32;

	private ExifDates() {
	}

	static Optional<LocalDate> takenOn(InputStream stream) {
		try {
			DataInputStream in = new DataInputStream(stream);
			if (in.readUnsignedShort() != 0xFFD8) {
				return Optional.empty();
			}
			for (int i = 0; i < MAX_SEGMENTS; i++) {
				int marker = in.readUnsignedShort();
				if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
					return Optional.empty(); // image data starts: the metadata segments are over
				}
				int length = in.readUnsignedShort() - 2;
				if (length < 0) {
					return Optional.empty();
				}
				byte[] segment = in.readNBytes(length);
				if (marker == 0xFFE1 && segment.length > 14 && new String(segment, 0, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
					return dateIn(ByteBuffer.wrap(segment, 6, segment.length - 6).slice());
				}
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** {@code tiff} starts at the TIFF header; every offset is relative to it. */
	private static Optional<LocalDate> dateIn(ByteBuffer tiff) {
		tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		long exifIfd = entryValue(tiff, tiff.getInt(4), TAG_EXIF_IFD);
		if (exifIfd <= 0) {
			return Optional.empty();
		}
		int count = entryCount(tiff, (int) exifIfd);
		for (int i = 0; i < count; i++) {
			int entry = (int) exifIfd + 2 + i * 12;
			if ((tiff.getShort(entry) & 0xFFFF) == TAG_DATE_TIME_ORIGINAL) {
				int length = tiff.getInt(entry + 4);
				int offset = length <= 4 ? entry + 8 : tiff.getInt(entry + 8);
				byte[] text = new byte[Math.min(length, 19)];
				tiff.get(offset, text);
				return parse(new String(text, StandardCharsets.US_ASCII));
			}
		}
		return Optional.empty();
	}

	private static long entryValue(ByteBuffer tiff, int ifd, int tag) {
		int count = entryCount(tiff, ifd);
		for (int i = 0; i < count; i++) {
			int entry = ifd + 2 + i * 12;
			if ((tiff.getShort(entry) & 0xFFFF) == tag) {
				return tiff.getInt(entry + 8) & 0xFFFFFFFFL;
			}
		}
		return -1;
	}

	private static int entryCount(ByteBuffer tiff, int ifd) {
		return tiff.getShort(ifd) & 0xFFFF;
	}

	private static Optional<LocalDate> parse(String text) {
		if (text.length() < 10) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.substring(0, 10),
					DateTimeFormatter.ofPattern("uuuu:MM:dd").withResolverStyle(ResolverStyle.STRICT)));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
