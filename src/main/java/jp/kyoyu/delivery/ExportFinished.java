package jp.kyoyu.delivery;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

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
		return (result == null ? Wording.japanese("delivery.audit.finished", ExportLabels.kind(kind), exportId)
				: Wording.japanese("delivery.audit.finished-with", ExportLabels.kind(kind), exportId, result));
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
