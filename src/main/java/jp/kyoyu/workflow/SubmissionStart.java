package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.FeatureRights;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.Importance;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** Submission (C4.8-C4.10, C4.20): checks document and route, keeps the state, starts the approval process. */
@Component
class SubmissionStart {

	/**
	 * Longest route: far beyond any real approval route, and it keeps the process's comma-separated route variable
	 * (user ids of up to 64 characters) within the engine's 4,000-character string column.
	 */
	static final int MAX_ROUTE_STEPS = 30;

	private final ProposalManagement proposals;

	private final ProjectManagement projects;

	private final SubmissionRepository submissions;

	private final ApprovalRecord record;

	private final Routes routes;

	private final RuntimeService runtime;

	private final EngineCalls engine;

	private final int stepBusinessDays;

	private final FeatureRights rights;

	SubmissionStart(ProposalManagement proposals, ProjectManagement projects, SubmissionRepository submissions,
			ApprovalRecord record, Routes routes, RuntimeService runtime, EngineCalls engine, FeatureRights rights,
			@Value("${kyoyu.workflow.step-business-days:3}") int stepBusinessDays) {
		this.rights = rights;
		this.proposals = proposals;
		this.projects = projects;
		this.submissions = submissions;
		this.record = record;
		this.routes = routes;
		this.runtime = runtime;
		this.engine = engine;
		this.stepBusinessDays = stepBusinessDays;
	}

	void submit(long proposalId, SubmitRequest request, String userId) {
		ProposalView proposal = proposals.get(proposalId, userId);
		if (!proposal.authorUserId().equals(userId)) {
			throw new ForbiddenException(Wording.of("workflow.submit.notAuthor"));
		}
		if (proposal.status() == ProposalStatus.SENT_BACK) {
			throw new StepConflictException(Wording.of("workflow.submit.sentBack"));
		}
		if (proposal.status() != ProposalStatus.DRAFT) {
			throw new StepConflictException(Wording.of("workflow.submit.alreadySubmitted"));
		}
		List<RouteStep> route = checkedRoute(proposal, request, userId);
		try {
			proposals.submit(proposalId);
		}
		catch (InvalidInputException e) {
			throw new IncompleteProposalException(e.problems());
		}
		Importance importance = request.importance() == null ? Importance.NORMAL : request.importance();
		String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
		Submission s = submissions.save(new Submission(proposalId, proposal.projectId(), userId, importance, comment,
				routes.write(route), request.requestedAnswerDate(), record.today(), proposal.title(),
				record.clock().instant()));
		submissions.flush();
		record.add(s, userId, null, ApprovalAction.SUBMIT, comment);
		Map<String, Object> variables = new HashMap<>();
		variables.put(PROPOSAL_ID, proposalId);
		variables.put(PROJECT_ID, proposal.projectId());
		variables.put(PROPOSER, userId);
		variables.put(ROUTE, Routes.users(route));
		variables.put(KINDS, Routes.kinds(route));
		variables.put(INDEX, 0);
		variables.put(IMPORTANCE, importance.name());
		variables.put(STEP_BUSINESS_DAYS, stepBusinessDays);
		variables.put(PROPOSAL_TITLE, proposal.title());
		variables.put(DOCUMENT_TYPE_NAME, proposal.typeName());
		variables.put(PROJECT_NAME, record.projectName(s));
		variables.put(PROPOSER_NAME, proposal.authorName());
		variables.put(IMPORTANCE_LABEL, importance.label());
		variables.put(SUBMIT_COMMENT, comment == null ? "" : comment);
		variables.put(PROPOSAL_URL, "/proposals/" + proposalId);
		engine.run(userId, () -> runtime.startProcessInstanceByKey(KEY, String.valueOf(proposalId), variables));
	}

	private List<RouteStep> checkedRoute(ProposalView proposal, SubmitRequest request, String userId) {
		List<FieldProblem> problems = new ArrayList<>();
		List<RouteStep> route = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<RouteStep> given = request.route() == null ? List.of() : request.route();
		// Each step costs a membership check and a name lookup: a route over the limit is refused before any of them,
		// with that one message rather than one per step.
		boolean tooLong = given.size() > MAX_ROUTE_STEPS;
		if (tooLong) {
			problems.add(new FieldProblem("route", Wording.of("workflow.route.tooLong", MAX_ROUTE_STEPS)));
			given = List.of();
		}
		for (int i = 0; i < given.size(); i++) {
			RouteStep step = given.get(i);
			String field = "route[" + i + "]";
			if (step == null || step.userId() == null || step.userId().isBlank() || step.role() == null) {
				problems.add(new FieldProblem(field, Wording.of("workflow.route.stepMissing", i + 1)));
				continue;
			}
			if (step.userId().equals(userId)) {
				problems.add(new FieldProblem(field, Wording.of("workflow.route.proposer", i + 1)));
			}
			else if (!projects.isMember(proposal.projectId(), step.userId())) {
				problems.add(new FieldProblem(field, Wording.of("workflow.route.notMember", i + 1)));
			}
			else if (!rights.allows(step.userId(), Feature.WORKFLOW, AccessLevel.WRITE)) {
				// The rights would refuse them the step (disabled users have none): the approval would wait forever.
				problems.add(new FieldProblem(field, Wording.of("workflow.route.noRight", i + 1,
						record.nameOf(step.userId()))));
			}
			else if (!seen.add(step.userId())) {
				problems.add(new FieldProblem(field, Wording.of("workflow.route.twice", i + 1)));
			}
			route.add(new RouteStep(step.userId(), record.nameOf(step.userId()), step.role()));
		}
		if (!tooLong && route.stream().noneMatch(step -> step.role() == RouteRole.APPROVER)) {
			problems.add(new FieldProblem("route", Wording.of("workflow.route.noApprover")));
		}
		if (request.requestedAnswerDate() == null) {
			problems.add(new FieldProblem("requestedAnswerDate", Wording.of("workflow.submit.requestedAnswerDate.missing")));
		}
		else if (request.requestedAnswerDate().isBefore(record.today())) {
			problems.add(new FieldProblem("requestedAnswerDate", Wording.of("workflow.submit.requestedAnswerDate.past")));
		}
		if (request.comment() != null && request.comment().length() > StepRules.MAX_TEXT) {
			problems.add(new FieldProblem("comment", Wording.of("workflow.step.comment.tooLong", StepRules.MAX_TEXT)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return route;
	}
}
