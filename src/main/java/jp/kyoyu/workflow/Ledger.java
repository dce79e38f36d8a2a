package jp.kyoyu.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.NotFoundException;

/**
 * The bookkeeping every path shares, whether a step was done in the portal, in Camunda Tasklist or by the engine
 * itself: the approval record, the events and the mail notices.
 */
@Component
class Ledger {

	static final String NOT_FOUND = "書類が見つかりません。";

	private final SubmissionRepository submissions;

	private final HistoryRepository history;

	private final IdentityManagement identity;

	private final ProposalManagement proposals;

	private final ProjectManagement projects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Ledger(SubmissionRepository submissions, HistoryRepository history, IdentityManagement identity,
			ProposalManagement proposals, ProjectManagement projects, ApplicationEventPublisher events, Clock clock) {
		this.submissions = submissions;
		this.history = history;
		this.identity = identity;
		this.proposals = proposals;
		this.projects = projects;
		this.events = events;
		this.clock = clock;
	}

	Submission lock(long proposalId) {
		return submissions.lock(proposalId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
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
		return userId == null ? null : identity.find(userId).map(UserAccount::name).orElse(userId);
	}

	/** Adds an entry to the record and tells the audit trail. */
	ApprovalStep record(Submission submission, String actor, String onBehalfOf, ApprovalAction action,
			String comment) {
		String behalf = Objects.equals(actor, onBehalfOf) ? null : onBehalfOf;
		ApprovalStep step = new ApprovalStep(clock.instant(), actor, nameOf(actor), behalf, nameOf(behalf), action,
				comment == null || comment.isBlank() ? null : comment.strip());
		history.save(new HistoryEntry(submission.proposalId(), step));
		events.publishEvent(new ApprovalStepRecorded(submission.proposalId(), submission.projectId(), step));
		return step;
	}

	List<ApprovalStep> record(long proposalId) {
		return history.of(proposalId).stream().map(HistoryEntry::step).toList();
	}

	/** Mails {@code kind} to the recipients (the notification module sends it after commit). */
	void notice(NoticeKind kind, Submission submission, String actor, String onBehalfOf, String comment,
			LocalDate due, Collection<String> recipients) {
		LinkedHashSet<String> to = new LinkedHashSet<>(recipients);
		to.remove(null);
		if (to.isEmpty()) {
			return;
		}
		ProposalView proposal = proposals.describe(submission.proposalId());
		events.publishEvent(new WorkflowNotice(kind, submission.proposalId(), submission.projectId(),
				projectName(submission), proposal.title(), proposal.typeName(), submission.importance(), actor,
				onBehalfOf, comment, due, List.copyOf(to), clock.instant()));
	}

	String projectName(Submission submission) {
		try {
			return projects.get(submission.projectId(), submission.proposerUserId()).name();
		}
		catch (NotFoundException e) {
			return ""; // the proposer left the project; the mail still names the document
		}
	}
}
