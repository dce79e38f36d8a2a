package jp.kyoyu.project;

import java.util.List;

import jp.kyoyu.shared.AuditableEvent;

/**
 * A project's basic info was changed.
 *
 * @param changedItems the Japanese labels of the items whose value changed
 */
public record ProjectUpdated(long projectId, String name, List<String> changedItems) implements AuditableEvent {

	@Override
	public String action() {
		return "project.updated";
	}

	@Override
	public String target() {
		return "project:" + projectId;
	}

	@Override
	public String detail() {
		return changedItems.isEmpty() ? "変更なし" : "変更した項目: " + String.join("、", changedItems);
	}
}
