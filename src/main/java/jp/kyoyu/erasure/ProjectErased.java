package jp.kyoyu.erasure;

import jp.kyoyu.shared.AuditableEvent;

/** The one audit entry that records an erasure: who (or the automatic run), why, counts, certificate hash. */
record ProjectErased(long projectId, String by, String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "project.erased";
	}

	@Override
	public String target() {
		return "erasure:" + projectId;
	}

	@Override
	public String actor() {
		return by;
	}
}
