package jp.kyoyu.consultation;

import jp.kyoyu.shared.AuditableEvent;

/** A file was added to a matter, as material or to a comment. */
public record ConsultationFileAdded(long matterId, long fileId, String name) implements AuditableEvent {

	@Override
	public String action() {
		return "consultation.file-added";
	}

	@Override
	public String target() {
		return "consultation:" + matterId;
	}

	@Override
	public String detail() {
		return "file:" + fileId + " " + name;
	}
}
