package jp.kyoyu.proposal;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

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
		return Wording.japanese(withAttachments ? "proposal.audit.copied.with-attachments" : "proposal.audit.copied",
				sourceProposalId);
	}
}
