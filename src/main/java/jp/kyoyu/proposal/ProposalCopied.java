package jp.kyoyu.proposal;

import jp.kyoyu.shared.AuditableEvent;

/** A new draft was made from an earlier proposal ("create from an earlier document", C3.4). */
public record ProposalCopied(long proposalId, long sourceProposalId, long projectId, boolean withAttachments)
		implements AuditableEvent {

	@Override
	public String action() {
		return "proposal.copied";
	}

	@Override
	public String target() {
		return "proposal:" + proposalId;
	}

	@Override
	public String detail() {
		return "proposal:" + sourceProposalId + " から作成" + (withAttachments ? "（添付ファイルを含む）" : "");
	}
}
