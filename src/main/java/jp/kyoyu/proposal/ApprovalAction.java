package jp.kyoyu.proposal;

import jp.kyoyu.shared.Wording;

/** What someone did to a submitted proposal; one history entry each (C4.16, C4.18). */
public enum ApprovalAction {
	SUBMIT, RESUBMIT, APPROVE, CONFIRM, SEND_BACK_TO_PROPOSER, SEND_BACK_TO_PREVIOUS, APPROVE_AHEAD, POST_REVIEWED;

	/** The Japanese label of the record and its exports ({@code proposal.action.*} in i18n/proposal.properties). */
	public String label() {
		return Wording.japanese("proposal.action." + name());
	}
}
