package jp.kyoyu.erasure;

import jp.kyoyu.shared.AuditableEvent;

/** An administrator moved a project's erasure date (its entry is scrubbed with the project's other entries). */
record ErasureDateChanged(long projectId, String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "erasure.date-changed";
	}

	@Override
	public String target() {
		return "project:" + projectId;
	}
}
