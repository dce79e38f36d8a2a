package jp.kyoyu.document;

import jp.kyoyu.shared.AuditableEvent;

/** An approved proposal was filed automatically with its PDF, parts and approval record. */
public record ProposalFiled(long documentId, long projectId, long proposalId, long folderId, String title) implements AuditableEvent {

	@Override
	public String action() {
		return "document.proposal-filed";
	}

	@Override
	public String target() {
		return "document:" + documentId;
	}

	@Override
	public String detail() {
		return "project:" + projectId + " proposal:" + proposalId + " 「" + title + "」";
	}
}
