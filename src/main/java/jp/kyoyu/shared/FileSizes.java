package jp.kyoyu.shared;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The one way screens and messages write a file size (issue #22: pages said 「1 KB」, 「2,048 bytes」 and
 * 「1.0KB」 for the same thing): 「12 バイト」, 「532 KB」, 「1.2 MB」, 「4.7 GB」. Decimal units (1 KB = 1,000
 * bytes), because media are sold that way (a DVD-R holds 「4.7 GB」) and the delivery checks compare against them.
 * One decimal below 10, none above: enough to tell sizes apart without false precision.
 * <p>
 * A bean as well, so templates write {@code ${@fileSizes.label(f.size)}}.
 */
@Component("fileSizes")
public class FileSizes {

	private static final String[] UNITS = { "KB", "MB", "GB", "TB" };

	/** The size in the language of the user being answered (templates and shown messages). */
	public String label(long bytes) {
		return of(bytes);
	}

	/** The size in the language of the user being answered. */
	public static String of(long bytes) {
		return bytes < 1000 ? Wording.of("size.bytes", bytes) : scaled(bytes);
	}

	/** The size in Japanese, for texts that are kept or handed over (see {@link Wording#japanese}). */
	public static String japanese(long bytes) {
		return bytes < 1000 ? Wording.japanese("size.bytes", bytes) : scaled(bytes);
	}

	private static String scaled(long bytes) {
		double value = bytes;
		int unit = -1;
		while (value >= 999.5 && unit < UNITS.length - 1) {
			value /= 1000;
			unit++;
		}
		String number = value < 9.95 ? String.format(Locale.ROOT, "%.1f", value)
				: String.valueOf(Math.round(value));
		return number + " " + UNITS[unit];
	}
}
