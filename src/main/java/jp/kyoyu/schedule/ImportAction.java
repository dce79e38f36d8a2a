package jp.kyoyu.schedule;

import jp.kyoyu.shared.Wording;

/** What an import does (or, in a preview, would do) with one event of the file. */
public enum ImportAction {

	ADD, UPDATE, REMOVE, SKIP;

	/** The name shown in the import preview (schedule.import.action.* in schedule.properties). */
	public String label() {
		return Wording.of("schedule.import.action." + name());
	}
}
