package jp.kyoyu.project;

import jp.kyoyu.shared.AuditableEvent;

/** A user left a project (their earlier posts and documents stay). */
public record ProjectMemberRemoved(long projectId, String userId, ProjectRole role) implements AuditableEvent {

	@Override
	public String action() {
		return "project.member-removed";
	}

	@Override
	public String target() {
		return "project:" + projectId;
	}

	@Override
	public String detail() {
		return userId + "（" + role.label() + "）";
	}
}
