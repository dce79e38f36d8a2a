package jp.kyoyu.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.NoticeKind;
import jp.kyoyu.proposal.ProposalHeading;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalNotice;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * The bookkeeping every path shares, whether a step was done in the portal, in Camunda Tasklist or by the engine
 * itself: the approval record, the events and the mail notices.
 */
@Component
class ApprovalRecord {

	static final String NOT_FOUND = "workflow.proposal.notFound";

	private final SubmissionRepository submissions;

	private final HistoryRepository history;

	private final IdentityManagement identity;

	private final ProposalManagement proposals;

	private final ProjectManagement projects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EntityManager entities;

	ApprovalRecord(SubmissionRepository submissions, HistoryRepository history, IdentityManagement identity,
			ProposalManagement proposals, ProjectManagement projects, ApplicationEventPublisher events, Clock clock, EntityManager entities) {
		this.entities = entities;
		this.submissions = submissions;
		this.history = history;
		this.identity = identity;
		this.proposals = proposals;
		this.projects = projects;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Serialises actions on one proposal: a second approver or a double click waits here, then finds the step done.
	 * Locked through the persistence context, so the listeners of the same step find the row already locked and
	 * ask the database only once.
	 */
	Submission lock(long proposalId) {
		Submission submission = entities.find(Submission.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
		if (submission == null) {
			throw new NotFoundException(Wording.of(NOT_FOUND));
		}
		return submission;
	}

	java.util.Optional<Submission> lockFree(long proposalId) {
		return submissions.findById(proposalId);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Clock clock() {
		return clock;
	}

	String nameOf(String userId) {
		return userId == null ? null : identity.nameOf(userId).orElse(userId);
	}

	/** Adds an entry to the record and tells the audit trail. */
	ApprovalStep add(Submission submission, String actor, String onBehalfOf, ApprovalAction action,
			String comment) {
		String behalf = Objects.equals(actor, onBehalfOf) ? null : onBehalfOf;
		ApprovalStep step = new ApprovalStep(clock.instant(), actor, nameOf(actor), behalf, nameOf(behalf), action,
				comment == null || comment.isBlank() ? null : comment.strip());
		history.save(new HistoryEntry(submission.proposalId(), step));
		submission.recorded(step);
		events.publishEvent(new ApprovalStepRecorded(submission.proposalId(), submission.projectId(), step));
		return step;
	}

	List<ApprovalStep> of(long proposalId) {
		return history.of(proposalId).stream().map(HistoryEntry::step).toList();
	}

	/**
	 * Mails {@code kind} about what the person behind the latest entry of {@code steps} did: they, and whom they stood
	 * in for, are named as its actor, with their comment (issue #20: a mail names who acted, never the system).
	 * Only the daily reminder is truly automatic and passes no actor.
	 */
	void noticeOf(ApprovalStep step, NoticeKind kind, Submission submission, Subject subject, LocalDate due,
			Collection<String> recipients) {
		notice(kind, submission, subject, step == null ? null : step.actorUserId(),
				step == null ? null : step.onBehalfOfUserId(), step == null ? null : step.comment(), due, recipients);
	}

	/**
	 * The latest entry of the record (the submission, an approval, a resubmission …), or null before any: the one
	 * this transaction just wrote when there is one (the previous step's, as a new task is created), else read.
	 */
	ApprovalStep lastStep(Submission submission) {
		if (submission.recordedNow() != null) {
			return submission.recordedNow();
		}
		List<ApprovalStep> steps = of(submission.proposalId());
		return steps.isEmpty() ? null : steps.get(steps.size() - 1);
	}

	/**
	 * The latest approval (ahead or not) of the record {@code steps}: who the 承認されました mail names, not a viewer
	 * confirming after it.
	 */
	static ApprovalStep lastApproval(List<ApprovalStep> steps) {
		for (int i = steps.size() - 1; i >= 0; i--) {
			ApprovalAction action = steps.get(i).action();
			if (action == ApprovalAction.APPROVE || action == ApprovalAction.APPROVE_AHEAD) {
				return steps.get(i);
			}
		}
		return steps.isEmpty() ? null : steps.get(steps.size() - 1);
	}

	/** Mails {@code kind} to the recipients (the notification module sends it after commit). */
	void notice(NoticeKind kind, Submission submission, String actor, String onBehalfOf, String comment,
			LocalDate due, Collection<String> recipients) {
		notice(kind, submission, subject(proposals.heading(submission.proposalId()), null, submission), actor,
				onBehalfOf, comment, due, recipients);
	}

	/** The same, for callers that already know what the notice names (the process carries it for its forms). */
	void notice(NoticeKind kind, Submission submission, Subject subject, String actor, String onBehalfOf,
			String comment, LocalDate due, Collection<String> recipients) {
		LinkedHashSet<String> to = new LinkedHashSet<>(recipients);
		to.remove(null);
		if (to.isEmpty()) {
			return;
		}
		events.publishEvent(new ProposalNotice(kind, submission.proposalId(), submission.projectId(),
				subject.projectName(), subject.proposal().title(), subject.proposal().typeName(),
				submission.importance(), actor, onBehalfOf, comment, due, List.copyOf(to), clock.instant()));
	}

	/** What a notice names: the proposal's title and type, and its project. */
	record Subject(ProposalHeading proposal, String projectName) {
	}

	/** The subject of a notice; the project's name is looked up when the caller does not carry it. */
	Subject subject(ProposalHeading proposal, Object projectName, Submission submission) {
		return new Subject(proposal, projectName == null ? projectName(submission) : projectName.toString());
	}

	ProposalHeading heading(long proposalId) {
		return proposals.heading(proposalId);
	}

	String projectName(Submission submission) {
		return projects.nameOf(submission.projectId()).orElse("");
	}
}
