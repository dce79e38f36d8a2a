package jp.kyoyu.project;

import jp.kyoyu.shared.AuditableEvent;

/**
 * An inspector read something of a project they are not a member of. Recorded on every access, because the
 * members cannot otherwise tell what an outsider looked at (本文5: access is granted, and it is accounted for).
 */
public record InspectionAccessed(long projectId, String userId, String what) implements AuditableEvent {

	@Override
	public String action() {
		return "project.inspection-accessed";
	}

	@Override
	public String target() {
		return "project:" + projectId;
	}

	@Override
	public String detail() {
		return what;
	}

	@Override
	public String actor() {
		return userId;
	}
}
