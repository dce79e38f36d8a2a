package jp.kyoyu.workflow;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectListing;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** The approval lists per project and across all of the caller's projects (C4.4-C4.7). */
@Component
class ApprovalLists {

	private static final Map<String, Comparator<Submission>> ORDERS = Map.of(
			"submittedAt", Comparator.comparing(Submission::submittedAt),
			"requestedAnswerDate", dates(Submission::requestedAnswerOn),
			"receiptDate", dates(Submission::receivedOn),
			"plannedAnswerDate", dates(Submission::plannedAnswerOn),
			"interimAnswerDate", dates(Submission::interimAnswerOn),
			"answerDate", dates(Submission::finalAnswerOn),
			"title", Comparator.comparing(Submission::titleSnapshot, Comparator.nullsLast(Comparator.naturalOrder())),
			"importance", Comparator.comparing(Submission::importance));

	private final SubmissionRepository submissions;

	private final ProjectManagement projects;

	private final ProposalManagement proposals;

	private final Routes routes;

	private final ApprovalRecord record;

	ApprovalLists(SubmissionRepository submissions, ProjectManagement projects, ProposalManagement proposals,
			Routes routes, ApprovalRecord record) {
		this.submissions = submissions;
		this.projects = projects;
		this.proposals = proposals;
		this.routes = routes;
		this.record = record;
	}

	ListPage<ProposalListItem> list(ProposalListQuery query, String userId) {
		Map<Long, String> names = projects.visibleProjects(userId).stream()
			.collect(Collectors.toMap(ProjectListing::id, ProjectListing::name));
		List<Long> chosen = query.projectId() != null ? List.of(query.projectId())
				: query.projectIds() == null ? List.of()
						: query.projectIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
		chosen.forEach(id -> projects.get(id, userId)); // 404 unless the caller sees it
		List<Long> ids = chosen.isEmpty() ? List.copyOf(names.keySet()) : chosen;
		String sort = query.sort() == null || query.sort().isBlank() ? "-submittedAt" : query.sort().strip();
		boolean descending = sort.startsWith("-");
		Comparator<Submission> order = ORDERS.get(descending ? sort.substring(1) : sort);
		if (order == null) {
			throw new InvalidInputException("sort", Wording.of("workflow.list.sort.invalid",
					String.join(", ", ORDERS.keySet().stream().sorted().toList())));
		}
		order = (descending ? order.reversed() : order).thenComparing(Submission::proposalId);
		int size = query.size() <= 0 ? ProposalListQuery.DEFAULT_SIZE : Math.min(query.size(), 200);
		int page = Math.max(query.page(), 0);
		List<Submission> found = ids.isEmpty() ? List.of() : submissions.findByProjects(ids);
		// the one status is the proposal's: one query for all of them
		Map<Long, ProposalStatus> statuses = proposals.statuses(found.stream().map(Submission::proposalId).toList());
		List<Submission> all = found.stream()
			.filter(s -> query.status() == null || statuses.get(s.proposalId()) == query.status())
			.sorted(order)
			.toList();
		List<ProposalListItem> items = all.stream().skip((long) page * size).limit(size)
			.map(s -> item(s, statuses.get(s.proposalId()), names.getOrDefault(s.projectId(), record.projectName(s))))
			.toList();
		return new ListPage<>(items, page, size, all.size());
	}

	private ProposalListItem item(Submission s, ProposalStatus status, String projectName) {
		ProposalView proposal = proposals.describe(s.proposalId());
		List<RouteStep> route = routes.read(s.routeJson());
		TaskKind stage = null;
		String current = null;
		if (status == ProposalStatus.IN_REVIEW && s.currentIndex() < route.size()) {
			RouteStep step = route.get(s.currentIndex());
			stage = step.role() == RouteRole.VIEWER ? TaskKind.VIEW : TaskKind.APPROVE;
			current = step.userId();
		}
		else if (status == ProposalStatus.SENT_BACK) {
			stage = TaskKind.REVISE;
			current = s.proposerUserId();
		}
		else if (s.postReviewPending()) {
			stage = TaskKind.POST_REVIEW;
		}
		boolean overdue = status != ProposalStatus.APPROVED && s.requestedAnswerOn() != null
				&& s.requestedAnswerOn().isBefore(record.today());
		return new ProposalListItem(s.proposalId(), s.projectId(), projectName, proposal.title(), proposal.typeName(),
				status, stage, current, record.nameOf(current), s.importance(), s.requestedAnswerOn(),
				s.receivedOn(), s.plannedAnswerOn(), s.finalAnswerOn(), s.postReviewPending(), overdue, s.interimAnswerOn(),
				s.completedOn());
	}

	private static Comparator<Submission> dates(Function<Submission, LocalDate> date) {
		return Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder()));
	}
}
