package jp.kyoyu.proposal;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * Who may see and change a proposal. Members of its project see it, except that a draft stays with the side
 * that wrote it: the other side learns of it only when it is submitted. Only the author edits or deletes a draft.
 */
@Component
class ProposalAccess {

	/** A key, resolved where it is thrown, in the language of whoever is answered (docs/wording.md). */
	static final String NOT_FOUND = "proposal.not-found";

	private final ProposalRepository proposals;

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	ProposalAccess(ProposalRepository proposals, ProjectManagement projects, IdentityManagement identity) {
		this.proposals = proposals;
		this.projects = projects;
		this.identity = identity;
	}

	/** 404 in the language of whoever is answered; the text is looked up when thrown, not once for everyone. */
	static NotFoundException notFound() {
		return new NotFoundException(Wording.of(NOT_FOUND));
	}

	Proposal readable(long id, String userId) {
		Proposal proposal = proposals.findById(id).orElseThrow(ProposalAccess::notFound);
		if (!mayRead(proposal, userId)) {
			throw notFound();
		}
		return proposal;
	}

	/** The caller's own draft; anyone else's answers 403 (or 404 when they may not even see it). */
	Proposal editable(long id, String userId) {
		return editable(id, userId, false);
	}

	Proposal editable(long id, String userId, boolean deleting) {
		Proposal proposal = readable(id, userId);
		if (!proposal.authorUserId().equals(userId)) {
			throw new ForbiddenException(Wording.of("proposal.edit.author-only"));
		}
		if (!proposal.status().editable()) {
			throw new ForbiddenException(Wording.of("proposal.edit.submitted"));
		}
		if (proposal.status() != ProposalStatus.DRAFT && deleting) {
			throw new ForbiddenException(Wording.of("proposal.delete.once-submitted"));
		}
		return proposal;
	}

	boolean mayRead(Proposal proposal, String userId) {
		// An inspector (検査員, 本文5) in the inspection period reads approved proposals only; the read is audited.
		if (proposal.status() == ProposalStatus.APPROVED && projects.inspectsToday(proposal.projectId(), userId)) {
			projects.requireReadable(proposal.projectId(), userId);
			return true;
		}
		projects.requireVisible(proposal.projectId(), userId); // 404 unless the caller sees the project
		return proposal.status() != ProposalStatus.DRAFT || proposal.authorSide() == user(userId).side();
	}

	boolean mayEdit(Proposal proposal, String userId) {
		return proposal.status().editable() && proposal.authorUserId().equals(userId);
	}

	UserAccount user(String userId) {
		return identity.find(userId).orElseThrow(ProposalAccess::notFound);
	}

	/** A deleted author keeps their id on old documents. */
	String userName(String userId) {
		return identity.find(userId).map(UserAccount::name).orElse(userId);
	}
}
