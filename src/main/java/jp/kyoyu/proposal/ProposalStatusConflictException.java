package jp.kyoyu.proposal;

import jp.kyoyu.shared.Wording;

/**
 * A lifecycle verb the proposal's status does not allow (submitting an approved proposal, approving a sent-back
 * one, ...): a 409. The callers check the usual cases first with their own wording; this is the proposal's own
 * guard, so no path (portal, Tasklist, REST, a model change) can move a proposal where its lifecycle does not go.
 */
public class ProposalStatusConflictException extends RuntimeException {

	private final transient ProposalStatus status;

	ProposalStatusConflictException(String code, ProposalStatus status) {
		super(Wording.japanese(code, Wording.japanese("proposal.status." + status)));
		this.status = status;
	}

	/** The status that refused the verb. */
	public ProposalStatus status() {
		return status;
	}
}
