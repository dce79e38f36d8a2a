package jp.kyoyu.proposal;

/** What someone did to a submitted proposal; one history entry each (C4.16, C4.18). */
public enum ApprovalAction {
	SUBMIT("提出"), RESUBMIT("再提出"), APPROVE("承認"), CONFIRM("確認"), SEND_BACK_TO_PROPOSER("差戻し（発議者へ）"),
	SEND_BACK_TO_PREVIOUS("差戻し（前の承認者へ）"), APPROVE_AHEAD("先行承認（後閲依頼）"), POST_REVIEWED("後閲済み");

	private final String label;

	ApprovalAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
