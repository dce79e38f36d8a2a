package jp.kyoyu.shared;

import org.springframework.util.unit.DataSize;

/** Thrown when a request carries more than a configured limit allows; answered with 413 and the message. */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(String message) {
		super(message);
	}

	/** 「ファイルが大きすぎます。1ファイル5GBまでです。」 for a per-file limit. */
	public PayloadTooLargeException(DataSize perFileLimit) {
		this(Wording.of("error.upload.too-large", label(perFileLimit)));
	}

	/** A limit as people write it: {@code 5GB}, {@code 512MB}, {@code 300KB}, {@code 12バイト}. */
	public static String label(DataSize limit) {
		long bytes = limit.toBytes();
		if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
			return (bytes >> 30) + "GB";
		}
		if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
			return (bytes >> 20) + "MB";
		}
		if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
			return (bytes >> 10) + "KB";
		}
		return Wording.of("error.upload.bytes", String.format("%,d", bytes));
	}
}
