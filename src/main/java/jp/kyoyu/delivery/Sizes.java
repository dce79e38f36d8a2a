package jp.kyoyu.delivery;

import jp.kyoyu.shared.FileSizes;

/**
 * Sizes in the delivery checks' messages: the shared style (「4.7 GB」「310 MB」「12 KB」), in Japanese because the
 * check results are stored with the job and handed over.
 */
final class Sizes {

	private Sizes() {
	}

	static String label(long bytes) {
		return FileSizes.japanese(bytes);
	}
}
