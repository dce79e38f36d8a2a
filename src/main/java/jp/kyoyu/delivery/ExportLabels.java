package jp.kyoyu.delivery;

/** Japanese names of kinds and destinations, for audit details and file names. */
final class ExportLabels {

	private ExportLabels() {
	}

	static String kind(ExportKind kind) {
		return switch (kind) {
			case ZIP -> "書類一式";
			case DELIVERABLE -> "電子成果品";
			case INSPECTION -> "電子検査用書類";
		};
	}

	static String destination(ExportDestination destination) {
		return destination == ExportDestination.DOWNLOAD ? "ダウンロード" : "サーバーのフォルダ";
	}
}
