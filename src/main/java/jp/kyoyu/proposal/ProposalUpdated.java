package jp.kyoyu.proposal;

import jp.kyoyu.shared.AuditableEvent;

/** A proposal was updated (its title and type are in the detail). */
public record ProposalUpdated(long proposalId, long projectId, String type, String title) implements AuditableEvent {

	@Override
	public String action() {
		return "proposal.updated";
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
