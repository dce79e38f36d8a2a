package jp.kyoyu.proposal;

import jp.kyoyu.shared.AuditableEvent;

/** A proposal was deleted (its title and type are in the detail). */
public record ProposalDeleted(long proposalId, long projectId, String type, String title) implements AuditableEvent {

	@Override
	public String action() {
		return "proposal.deleted";
	}

	@Override
	public String target() {
		return "proposal:" + proposalId;
	}

	@Override
	public String detail() {
		return "project:" + projectId + " " + type + " 「" + title + "」";
	}
}
