package jp.kyoyu.delivery;

import jp.kyoyu.shared.AuditableEvent;

/** An export finished in the background, done or failed; the actor is who requested it. */
public record ExportFinished(long exportId, long projectId, ExportKind kind, ExportStatus status, String requestedBy,
		String result) implements AuditableEvent {

	@Override
	public String action() {
		return status == ExportStatus.DONE ? "export.done" : "export.failed";
	}

	@Override
	public String target() {
		return "project:" + projectId;
	}

	@Override
	public String detail() {
		return ExportLabels.kind(kind) + "（出力 " + exportId + "）" + (result == null ? "" : "：" + result);
	}

	@Override
	public String actor() {
		return requestedBy;
	}

	@Override
	public boolean succeeded() {
		return status == ExportStatus.DONE;
	}
}
