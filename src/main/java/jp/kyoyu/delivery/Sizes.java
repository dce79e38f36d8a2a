package jp.kyoyu.delivery;

import jp.kyoyu.shared.Wording;

/** Sizes as people read them: 4.7GB, 310MB, 12KB. */
final class Sizes {

	private Sizes() {
	}

	static String label(long bytes) {
		if (bytes >= 1_000_000_000L) {
			return String.format("%.1fGB", bytes / 1e9);
		}
		if (bytes >= 1_000_000L) {
			return String.format("%.1fMB", bytes / 1e6);
		}
		if (bytes >= 1_000L) {
			return String.format("%.1fKB", bytes / 1e3);
		}
		return Wording.japanese("delivery.size.bytes", bytes);
	}
}
