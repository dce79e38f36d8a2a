package jp.kyoyu.project;

import java.util.List;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

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
		return changedItems.isEmpty() ? Wording.japanese("project.audit.unchanged")
				: Wording.japanese("project.audit.changed-items", String.join("、", changedItems));
	}
}
