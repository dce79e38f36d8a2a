package jp.kyoyu.proposal;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

/** A file was attached to a proposal. */
public record AttachmentAdded(long proposalId, long attachmentId, String name) implements AuditableEvent {

	@Override
	public String action() {
		return "proposal.attachment-added";
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
