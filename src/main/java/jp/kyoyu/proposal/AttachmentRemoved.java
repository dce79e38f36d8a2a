package jp.kyoyu.proposal;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

/** A file was removed from a proposal. */
public record AttachmentRemoved(long proposalId, long attachmentId, String name) implements AuditableEvent {

	@Override
	public String action() {
		return "proposal.attachment-removed";
	}

	@Override
	public String target() {
		return "proposal:" + proposalId;
	}

	@Override
	public String detail() {
		return Wording.japanese("proposal.audit.attachment", attachmentId, name);
	}
}
