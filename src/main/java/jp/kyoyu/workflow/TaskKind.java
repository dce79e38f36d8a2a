package jp.kyoyu.workflow;

/** The kinds of workflow tasks a user may hold, one per user task of the BPMN models. */
public enum TaskKind {
	APPROVE("承認"), VIEW("閲覧確認"), REVISE("修正・再提出"), POST_REVIEW("後閲");

	private final String label;

	TaskKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
