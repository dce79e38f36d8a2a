package jp.kyoyu.workflow;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.NoticeKind;
import jp.kyoyu.proposal.ProposalHeading;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.Resubmission;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** What a completed step changes: the record, the dates, the proposal's status, revisions and the mails. */
@Component
class StepCompletion {

	private final ApprovalRecord record;

	private final ProposalManagement proposals;

	private final RevisionRepository revisions;

	private final Routes routes;

	StepCompletion(ApprovalRecord record, ProposalManagement proposals, RevisionRepository revisions, Routes routes) {
		this.record = record;
		this.proposals = proposals;
		this.revisions = revisions;
		this.routes = routes;
	}

	/**
	 * One completed step. The proposal module is called once at most (the verb the step means); the mails are named
	 * by {@code subject}, what the process carries for its forms, so they need no lookup of their own.
	 * {@code sendBackHolder} is the approver a send-back goes to ({@link Routes#sendBackTo}), {@literal null} for the
	 * proposer.
	 *
	 * @return the heading of a resubmitted proposal (its title may have changed), else {@literal null}
	 */
	ProposalHeading completed(long proposalId, TaskCompletion c, String actor, String holder,
			String sendBackHolder, ApprovalRecord.Subject subject) {
		Submission s = record.lock(proposalId);
		String comment = c.comment();
		if (c.answer() != null) {
			comment = (comment == null ? "" : comment + "\n") + Wording.japanese("workflow.record.answerMark") + c.answer();
		}
		ApprovalAction action = c.action();
		ProposalHeading resubmitted = action == ApprovalAction.RESUBMIT ? resubmitted(s, actor, c.comment()) : null;
		ApprovalStep step = record.add(s, actor, holder, action, comment);
		switch (action) {
			case APPROVE -> {
				s.received(record.today(), c.plannedAnswerDate());
				boolean last = routes.atLastApprover(s);
				if (last) {
					// the approver sets the final answer date (C4.3); today unless they chose another
					s.finallyAnswered(c.finalAnswerDate() == null ? record.today() : c.finalAnswerDate());
				}
				if (c.answer() != null) {
					s.answered(c.answer(), c.interimAnswerDate(), record.today());
					LocalDate answeredOn = c.interimAnswerDate() != null ? c.interimAnswerDate()
							: last && c.finalAnswerDate() != null ? c.finalAnswerDate() : record.today();
					proposals.answer(proposalId, c.answer(), answeredOn);
					record.notice(NoticeKind.ANSWERED, s, subject, actor,
							step.onBehalfOfUserId(), c.answer(), null, List.of(s.proposerUserId()));
				}
			}
			case SEND_BACK_TO_PREVIOUS, SEND_BACK_TO_PROPOSER -> {
				if (sendBackHolder != null) {
					record.notice(NoticeKind.SENT_BACK, s, subject, actor, step.onBehalfOfUserId(), c.comment(), null,
							List.of(sendBackHolder));
				}
				else {
					s.sentBack(proposals.sendBack(proposalId), record.clock().instant());
					record.notice(NoticeKind.SENT_BACK, s, subject, actor, step.onBehalfOfUserId(), c.comment(), null,
							List.of(s.proposerUserId()));
				}
			}
			case POST_REVIEWED -> {
				s.postReview(false);
				proposals.postReviewed(proposalId, step);
			}
			default -> {
				// CONFIRM: the record is all
			}
		}
		return resubmitted;
	}

	/** The proposal checks itself and names what changed; the revision is the workflow's record of it. */
	private ProposalHeading resubmitted(Submission s, String actor, String comment) {
		Resubmission resubmission;
		try {
			resubmission = proposals.resubmit(s.proposalId(), s.sentBackAs());
		}
		catch (InvalidInputException e) {
			throw new IncompleteProposalException(e.problems());
		}
		int number = revisions.of(s.proposalId()).size() + 1;
		revisions.save(new RevisionEntry(s.proposalId(), number, record.clock().instant(), actor,
				resubmission.changes(), comment));
		s.touch(record.clock().instant());
		return resubmission.heading();
	}
}
