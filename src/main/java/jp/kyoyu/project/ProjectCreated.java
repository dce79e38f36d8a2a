package jp.kyoyu.project;

import jp.kyoyu.shared.AuditableEvent;

/** A project was registered. */
public record ProjectCreated(long projectId, String name, ProjectKind kind) implements AuditableEvent {

	@Override
	public String action() {
		return "project.created";
	}

	@Override
	public String target() {
		return "project:" + projectId;
	}

	@Override
	public String detail() {
		return kind.label() + "「" + name + "」";
	}
}
