package jp.kyoyu.workflow;

import jp.kyoyu.shared.Wording;

/** The kinds of workflow tasks a user may hold, one per user task of the BPMN models. */
public enum TaskKind {
	APPROVE, VIEW, REVISE, POST_REVIEW;

	/** Shown in the task lists and on the task page, in the language of the user. */
	public String label() {
		return Wording.of("workflow.taskKind." + name());
	}
}
