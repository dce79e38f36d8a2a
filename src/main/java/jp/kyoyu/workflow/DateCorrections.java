package jp.kyoyu.workflow;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * Corrections of typos in the dates of an approved proposal (C4.17): only its route's approvers and the project's
 * 総括監督員 may; each is kept with who, when, which document and date, old and new value.
 */
@Component
class DateCorrections {

	static final String NOT_ALLOWED = "workflow.correction.notAllowed";

	private final ProposalManagement proposals;

	private final ProjectManagement projects;

	private final CorrectionRepository corrections;

	private final ApprovalRecord record;

	private final Routes routes;

	private final ApplicationEventPublisher events;

	DateCorrections(ProposalManagement proposals, ProjectManagement projects, CorrectionRepository corrections,
			ApprovalRecord record, Routes routes, ApplicationEventPublisher events) {
		this.proposals = proposals;
		this.projects = projects;
		this.corrections = corrections;
		this.record = record;
		this.routes = routes;
		this.events = events;
	}

	boolean mayCorrect(long proposalId, String userId) {
		ProposalView proposal = proposals.get(proposalId, userId);
		return record.lockFree(proposalId).map(s -> allowed(s, proposal, userId)).orElse(false);
	}

	Correction correct(long proposalId, CorrectedDate field, LocalDate value, String reason, String userId) {
		ProposalView proposal = proposals.get(proposalId, userId);
		Submission s = record.lockFree(proposalId).orElseThrow(() -> new ForbiddenException(Wording.of(NOT_ALLOWED)));
		if (!allowed(s, proposal, userId)) {
			throw new ForbiddenException(Wording.of(NOT_ALLOWED));
		}
		if (proposal.status() != ProposalStatus.APPROVED) {
			throw new StepConflictException(Wording.of("workflow.correction.notApproved"));
		}
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (field == null) {
			problems.add(new FieldProblem("field", Wording.of("workflow.correction.field")));
		}
		if (value == null) {
			problems.add(new FieldProblem("value", Wording.of("workflow.correction.value")));
		}
		if (field != null && field.isAnswerDate() && value != null && s.proposedOn() != null
				&& value.isBefore(s.proposedOn())) {
			// the same rule as when the approver sets them (C4.3)
			problems.add(new FieldProblem("value",
					Wording.of("workflow.correction.answerDate.beforeSubmission", field.label(), s.proposedOn())));
		}
		if (reason != null && reason.length() > 1000) {
			problems.add(new FieldProblem("reason", Wording.of("workflow.correction.reason.tooLong")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Submission locked = record.lock(proposalId);
		LocalDate old = locked.correct(field, value);
		Correction correction = new Correction(proposalId, proposal.title(), field, old, value,
				reason == null || reason.isBlank() ? null : reason.strip(), userId, record.nameOf(userId),
				record.clock().instant());
		corrections.save(new CorrectionEntry(correction));
		events.publishEvent(new ApprovalDateCorrected(correction));
		return correction;
	}

	List<Correction> of(long proposalId, String userId) {
		proposals.get(proposalId, userId);
		return corrections.of(proposalId).stream().map(CorrectionEntry::view).toList();
	}

	private boolean allowed(Submission s, ProposalView proposal, String userId) {
		boolean approver = routes.read(s.routeJson()).stream()
			.anyMatch(step -> step.role() == RouteRole.APPROVER && step.userId().equals(userId));
		return approver || projects.roleOf(proposal.projectId(), userId).orElse(null) == ProjectRole.GENERAL_SUPERVISOR;
	}
}
