package jp.kyoyu.project;

import jp.kyoyu.shared.AuditableEvent;

/** A user joined a project. */
public record ProjectMemberAdded(long projectId, String userId, ProjectRole role) implements AuditableEvent {

	@Override
	public String action() {
		return "project.member-added";
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
