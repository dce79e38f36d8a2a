package jp.kyoyu.project;

import jp.kyoyu.shared.AuditableEvent;

/** A member's role in a project changed. */
public record ProjectMemberRoleChanged(long projectId, String userId, ProjectRole before, ProjectRole after)
		implements AuditableEvent {

	@Override
	public String action() {
		return "project.member-role-changed";
	}

	@Override
	public String target() {
		return "project:" + projectId;
	}

	@Override
	public String detail() {
		return userId + ": " + before.label() + " → " + after.label();
	}
}
