package jp.kyoyu.project;

import jp.kyoyu.shared.AuditableEvent;

/** A project without data was deleted with its members. */
public record ProjectDeleted(long projectId, String name) implements AuditableEvent {

	@Override
	public String action() {
		return "project.deleted";
	}

	@Override
	public String target() {
		return "project:" + projectId;
	}

	@Override
	public String detail() {
		return "「" + name + "」";
	}
}
