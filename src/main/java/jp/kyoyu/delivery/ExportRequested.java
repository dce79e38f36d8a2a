package jp.kyoyu.delivery;

import jp.kyoyu.shared.AuditableEvent;

/** An export was requested. */
public record ExportRequested(long exportId, long projectId, ExportKind kind, ExportDestination destination)
		implements AuditableEvent {

	@Override
	public String action() {
		return "export.requested";
	}

	@Override
	public String target() {
		return "project:" + projectId;
	}

	@Override
	public String detail() {
		return ExportLabels.kind(kind) + "（出力 " + exportId + "、" + ExportLabels.destination(destination) + "）";
	}
}
