package jp.kyoyu.delivery;

import jp.kyoyu.shared.Wording;

/** Japanese names of kinds and destinations, for audit details and file names. */
final class ExportLabels {

	private ExportLabels() {
	}

	static String kind(ExportKind kind) {
		return Wording.japanese("delivery.label.kind." + kind.name());
	}

	static String destination(ExportDestination destination) {
		return Wording.japanese("delivery.label.destination." + destination.name());
	}
}
