package jp.kyoyu.proposal;

import jp.kyoyu.shared.AuditableEvent;

/** A proposal was saved as a new draft (its title and type are in the detail). */
public record ProposalDrafted(long proposalId, long projectId, String type, String title) implements AuditableEvent {

	@Override
	public String action() {
		return "proposal.drafted";
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
