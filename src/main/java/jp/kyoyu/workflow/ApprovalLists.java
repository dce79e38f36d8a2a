package jp.kyoyu.workflow;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

	private static final Map<String, Comparator<SubmissionKeys>> ORDERS = Map.of(
			"submittedAt", Comparator.comparing(SubmissionKeys::submittedAt),
			"requestedAnswerDate", dates(SubmissionKeys::requestedAnswerOn),
			"receiptDate", dates(SubmissionKeys::receivedOn),
			"plannedAnswerDate", dates(SubmissionKeys::plannedAnswerOn),
			"interimAnswerDate", dates(SubmissionKeys::interimAnswerOn),
			"answerDate", dates(SubmissionKeys::finalAnswerOn),
			"title", Comparator.comparing(SubmissionKeys::titleSnapshot, Comparator.nullsLast(Comparator.naturalOrder())),
			"importance", Comparator.comparing(SubmissionKeys::importance));

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
		Comparator<SubmissionKeys> order = ORDERS.get(descending ? sort.substring(1) : sort);
		if (order == null) {
			throw new InvalidInputException("sort", Wording.of("workflow.list.sort.invalid",
					String.join(", ", ORDERS.keySet().stream().sorted().toList())));
		}
		order = (descending ? order.reversed() : order).thenComparingLong(SubmissionKeys::proposalId);
		int size = query.size() <= 0 ? ProposalListQuery.DEFAULT_SIZE : Math.min(query.size(), 200);
		int page = Math.max(query.page(), 0);
		if (ids.isEmpty()) {
			return new ListPage<>(List.of(), page, size, 0);
		}
		// Order the light sort keys of every submission (the same comparators as always, so the order does not
		// depend on the database's collation or null ordering), then load whole submissions and describe only the
		// page: a supervisor's list across all projects holds tens of thousands at a prefecture's volume.
		Set<Long> inStatus = query.status() == null ? null : proposals.idsWithStatus(ids, query.status());
		List<Long> all = submissions.keysOf(ids)
			.stream()
			.filter(k -> inStatus == null || inStatus.contains(k.proposalId()))
			.sorted(order)
			.map(SubmissionKeys::proposalId)
			.toList();
		List<Long> pageIds = all.stream().skip((long) page * size).limit(size).toList();
		Map<Long, Submission> loaded = submissions.findAllById(pageIds)
			.stream()
			.collect(Collectors.toMap(Submission::proposalId, Function.identity()));
		Map<Long, ProposalStatus> statuses = proposals.statuses(pageIds);
		List<ProposalListItem> items = pageIds.stream()
			.map(loaded::get)
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

	private static Comparator<SubmissionKeys> dates(Function<SubmissionKeys, LocalDate> date) {
		return Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder()));
	}
}
