package jp.kyoyu.proposal;

import java.util.List;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

/** The author set a new order of a proposal's parts (C3.10). */
public record AttachmentsReordered(long proposalId, List<Long> attachmentIds) implements AuditableEvent {

	@Override
	public String action() {
		return "proposal.attachments-reordered";
	}

	@Override
	public String target() {
		return "proposal:" + proposalId;
	}

	@Override
	public String detail() {
		return Wording.japanese("proposal.audit.attachments-reordered", attachmentIds);
	}
}
