package jp.kyoyu.proposal;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.NotFoundException;

/**
 * Who may see and change a proposal. Members of its project see it, except that a draft stays with the side
 * that wrote it: the other side learns of it only when it is submitted. Only the author edits or deletes a draft.
 */
@Component
class ProposalAccess {

	static final String NOT_FOUND = "書類が見つかりません。";

	private final ProposalRepository proposals;

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	ProposalAccess(ProposalRepository proposals, ProjectManagement projects, IdentityManagement identity) {
		this.proposals = proposals;
		this.projects = projects;
		this.identity = identity;
	}

	Proposal readable(long id, String userId) {
		Proposal proposal = proposals.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
		if (!mayRead(proposal, userId)) {
			throw new NotFoundException(NOT_FOUND);
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
			throw new ForbiddenException("下書きを変更・削除できるのは作成した本人だけです。");
		}
		if (!proposal.status().editable()) {
			throw new ForbiddenException("提出済みの書類は変更・削除できません。差し戻されたときに修正できます。");
		}
		if (proposal.status() != ProposalStatus.DRAFT && deleting) {
			throw new ForbiddenException("提出したことのある書類は削除できません。");
		}
		return proposal;
	}

	boolean mayRead(Proposal proposal, String userId) {
		projects.requireVisible(proposal.projectId(), userId); // 404 unless the caller sees the project
		return proposal.status() != ProposalStatus.DRAFT || proposal.authorSide() == user(userId).side();
	}

	boolean mayEdit(Proposal proposal, String userId) {
		return proposal.status().editable() && proposal.authorUserId().equals(userId);
	}

	UserAccount user(String userId) {
		return identity.find(userId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
	}

	/** A deleted author keeps their id on old documents. */
	String userName(String userId) {
		return identity.find(userId).map(UserAccount::name).orElse(userId);
	}
}
