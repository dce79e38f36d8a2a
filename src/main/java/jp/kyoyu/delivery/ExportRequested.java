package jp.kyoyu.delivery;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

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
		return Wording.japanese("delivery.audit.requested", ExportLabels.kind(kind), exportId, ExportLabels.destination(destination));
	}
}
