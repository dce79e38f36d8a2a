package jp.kyoyu.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.identity.AbsenceManagement;
import jp.kyoyu.identity.AbsencePeriod;
import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * The approval workflow (C4, S4) as the portal and the JSON API use it: submit along a route, act on tasks
 * (also as deputy), approve ahead, lists, the approval record, revisions and date corrections. Every method takes
 * the acting user; whoever may not see the proposal's project gets 404. The same steps done in Camunda Tasklist
 * are recorded identically (the BPMN's task listeners do the bookkeeping).
 */
@Service
@Transactional
public class WorkflowManagement {

	private final SubmissionStart submissionStart;

	private final TaskCompleter taskCompleter;

	private final OpenTasks openTasks;

	private final ApprovalLists lists;

	private final DateCorrections corrections;

	private final RouteDefaults routeDefaults;

	private final SubmissionRepository submissions;

	private final RevisionRepository revisions;

	private final ProposalManagement proposals;

	private final AbsenceManagement absences;

	private final TaskService tasks;

	private final ApprovalRecord record;

	private final Routes routes;

	private final DeputyReach reach;

	private final ApprovalListChoice listChoice;

	WorkflowManagement(SubmissionStart submissionStart, TaskCompleter taskCompleter, OpenTasks openTasks, ApprovalLists lists,
			DateCorrections corrections, RouteDefaults routeDefaults, SubmissionRepository submissions,
			RevisionRepository revisions, ProposalManagement proposals, AbsenceManagement absences,
			TaskService tasks, ApprovalRecord record, Routes routes, DeputyReach reach, ApprovalListChoice listChoice) {
		this.listChoice = listChoice;
		this.reach = reach;
		this.submissionStart = submissionStart;
		this.taskCompleter = taskCompleter;
		this.openTasks = openTasks;
		this.lists = lists;
		this.corrections = corrections;
		this.routeDefaults = routeDefaults;
		this.submissions = submissions;
		this.revisions = revisions;
		this.proposals = proposals;
		this.absences = absences;
		this.tasks = tasks;
		this.record = record;
		this.routes = routes;
	}

	/** The route {@code dmn/approval-route.dmn} proposes for this document, resolved to project members. */
	@Transactional(readOnly = true)
	public List<RouteStep> defaultRoute(long proposalId, String userId) {
		return routeDefaults.of(proposals.get(proposalId, userId), userId);
	}

	/**
	 * Submits the caller's complete draft: {@link IncompleteProposalException} (422) lists what the document
	 * lacks, {@code InvalidInputException} (400) what the route or dates lack.
	 */
	public SubmissionView submit(long proposalId, SubmitRequest request, String userId) {
		guarded(() -> submissionStart.submit(proposalId, request, userId));
		return submission(proposalId, userId).orElseThrow();
	}

	/** The caller's open tasks, including those offered to them as deputy, soonest due first. */
	@Transactional(readOnly = true)
	public List<WorkflowTask> tasksOf(String userId) {
		return openTasks.of(userId);
	}

	/**
	 * Those of {@code tasks} (from {@link #tasksOf}) due within {@code days} calendar days or overdue, for the home
	 * page, which so builds the caller's task list once for both of its cards.
	 */
	public List<WorkflowTask> dueSoon(List<WorkflowTask> tasks, int days) {
		LocalDate limit = record.today().plusDays(days);
		return tasks.stream().filter(t -> t.due() != null && !t.due().isAfter(limit)).toList();
	}

	/** One open task of the caller; 404 when it is not theirs (or no longer open). */
	@Transactional(readOnly = true)
	public WorkflowTask task(String taskId, String userId) {
		return openTasks.one(taskId, userId)
			.orElseThrow(() -> new NotFoundException(Wording.of(TaskCompleter.TASK_NOT_FOUND)));
	}

	/** Completes a task; {@link StepConflictException} (409) when it was done meanwhile. */
	public void complete(String taskId, TaskCompletion completion, String userId) {
		guarded(() -> taskCompleter.complete(taskId, completion, userId));
	}

	/** Approves ahead of the absent current approver, who gets a post-review task (C4.22). */
	public void approveAhead(long proposalId, String comment, String userId) {
		guarded(() -> taskCompleter.approveAhead(proposalId, comment, userId));
	}

	@Transactional(readOnly = true)
	public boolean mayApproveAhead(long proposalId, String userId) {
		return taskCompleter.mayApproveAhead(proposalId, userId);
	}

	/** The approval state, or empty for a proposal never submitted. */
	@Transactional(readOnly = true)
	public Optional<SubmissionView> submission(long proposalId, String userId) {
		ProposalStatus status = proposals.get(proposalId, userId).status();
		return submissions.findById(proposalId).map(s -> s.view(status, routes.read(s.routeJson()).stream()
			.map(step -> new RouteStep(step.userId(), record.nameOf(step.userId()), step.role()))
			.toList()));
	}

	/** The approval record: the submission and every action after it, oldest first (C4.4, C4.18). */
	@Transactional(readOnly = true)
	public List<ApprovalStep> history(long proposalId, String userId) {
		proposals.get(proposalId, userId);
		return record.of(proposalId);
	}

	/** The resubmissions after send-backs and what each changed (C4.16). */
	@Transactional(readOnly = true)
	public List<Revision> revisions(long proposalId, String userId) {
		proposals.get(proposalId, userId);
		return revisions.of(proposalId).stream().map(RevisionEntry::view).toList();
	}

	/** Lists submitted proposals of one, several or all of the caller's projects (C4.4-C4.7). */
	@Transactional(readOnly = true)
	public ListPage<ProposalListItem> list(ProposalListQuery query, String userId) {
		return lists.list(query, userId);
	}

	/**
	 * The names of the document types among the submitted proposals of the query's projects (the rest of the
	 * query is ignored), sorted: the approval list's type filter offers these.
	 */
	@Transactional(readOnly = true)
	public List<String> listTypes(ProposalListQuery query, String userId) {
		return lists.typeNames(query, userId);
	}

	/** The projects the caller chose for the list across projects (C4.5); empty = all of them. */
	@Transactional(readOnly = true)
	public List<Long> listChoice(String userId) {
		return listChoice.of(userId);
	}

	/** Remembers the caller's choice of projects (empty = all); 404 for a project the caller does not see. */
	@Transactional
	public List<Long> rememberListChoice(List<Long> projectIds, String userId) {
		return listChoice.remember(userId, projectIds);
	}

	@Transactional(readOnly = true)
	public boolean mayCorrect(long proposalId, String userId) {
		return corrections.mayCorrect(proposalId, userId);
	}

	/** Corrects a date of an approved proposal (C4.17); 403 for anyone but its approvers and the 総括監督員. */
	public Correction correct(long proposalId, CorrectedDate field, LocalDate value, String reason, String userId) {
		return corrections.correct(proposalId, field, value, reason, userId);
	}

	@Transactional(readOnly = true)
	public List<Correction> corrections(long proposalId, String userId) {
		return corrections.of(proposalId, userId);
	}

	@Transactional(readOnly = true)
	public List<AbsencePeriod> absences(String userId) {
		return absences.of(userId);
	}

	/**
	 * Replaces the caller's absences; tasks they hold now are offered at once to the deputy of an absence covering
	 * today (later tasks get the deputy when created), and no longer to a deputy whose absence was deleted or no
	 * longer covers today: the candidates of a held step are its deputies only (StepHolders), so the step's
	 * candidates become exactly today's deputies. Committed with the absence, so every node sees both at once.
	 */
	public List<AbsencePeriod> replaceAbsences(String userId, List<AbsencePeriod> periods) {
		List<AbsencePeriod> saved = absences.replace(userId, periods);
		Set<String> deputies = saved.stream().filter(p -> p.covers(record.today()) && p.deputyUserId() != null)
			.map(AbsencePeriod::deputyUserId).collect(Collectors.toSet());
		for (Task task : tasks.createTaskQuery().taskAssignee(userId)
			.processDefinitionKeyIn(ApprovalProcess.KEY, ApprovalProcess.POST_REVIEW_KEY).list()) {
			Object project = task.getProcessInstanceId() == null ? null
					: tasks.getVariable(task.getId(), ApprovalProcess.PROJECT_ID);
			Set<String> standing = StepHolders.of(null, tasks.getIdentityLinksForTask(task.getId()));
			standing.stream().filter(deputy -> !deputies.contains(deputy)).forEach(deputy -> reach.withdraw(task, deputy));
			deputies.stream().filter(deputy -> !standing.contains(deputy))
				.filter(deputy -> project instanceof Number id && reach.reaches(id.longValue(), userId, deputy))
				.forEach(deputy -> tasks.addCandidateUser(task.getId(), deputy));
		}
		return saved;
	}

	/**
	 * What the absence page tells the user about a chosen deputy: the user's projects the deputy is not a member of
	 * (their steps there stay with the user alone). Empty when the deputy reaches all of them. Not a refusal.
	 */
	@Transactional(readOnly = true)
	public Optional<String> deputyWarning(String userId, String deputyUserId) {
		return reach.warning(userId, deputyUserId);
	}

	/** The document as the workflow sees it (for pages that show both). */
	@Transactional(readOnly = true)
	public ProposalView proposal(long proposalId, String userId) {
		return proposals.get(proposalId, userId);
	}

	/** Two people on one step at once: the loser waits on the row lock or loses the engine's version check. */
	private static void guarded(Runnable action) {
		try {
			action.run();
		}
		catch (ConcurrencyFailureException e) {
			throw new StepConflictException(Wording.of(EngineCalls.ALREADY_DONE));
		}
	}
}
