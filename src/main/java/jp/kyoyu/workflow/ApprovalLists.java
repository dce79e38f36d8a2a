package jp.kyoyu.workflow;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectListing;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.ProposalLine;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * The approval lists per project and across all of the caller's projects (C4.4-C4.7). A supervisor's list across
 * all projects holds tens of thousands of proposals at a prefecture's volume (issue #21), so filtering, ordering
 * and paging happen here on light keys (the submission's dates, the proposal's title, type and status, each from
 * one query), and only the asked page is loaded and described, in a fixed number of queries.
 */
@Component
class ApprovalLists {

	/** Sorts on the submission's own keys: no proposal needs reading for them. */
	private static final Map<String, Comparator<Line>> SUBMISSION_ORDERS = Map.of(
			"submittedAt", Comparator.comparing(line -> line.keys().submittedAt()),
			"requestedAnswerDate", dates(SubmissionKeys::requestedAnswerOn),
			"receiptDate", dates(SubmissionKeys::receivedOn),
			"plannedAnswerDate", dates(SubmissionKeys::plannedAnswerOn),
			"interimAnswerDate", dates(SubmissionKeys::interimAnswerOn),
			"answerDate", dates(SubmissionKeys::finalAnswerOn),
			"importance", Comparator.comparing(line -> line.keys().importance()));

	/**
	 * Sorts on what the list shows of the proposal, compared as the list page always compared them (Java's order
	 * of the texts, nulls last), so the order does not depend on the database's collation. The title is the
	 * proposal's current title, the one the list shows.
	 */
	private static final Map<String, Comparator<Line>> PROPOSAL_ORDERS = Map.of(
			"title", texts(line -> line.proposal().title()),
			"type", texts(line -> line.proposal().typeName()),
			"project", texts(Line::projectName),
			"status", Comparator.comparing(Line::statusText));

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

	/** One submission's sort keys with (when a filter or sort needs them) its proposal's and project's. */
	private record Line(SubmissionKeys keys, ProposalLine proposal, String projectName, String statusText) {
	}

	ListPage<ProposalListItem> list(ProposalListQuery query, String userId) {
		Map<Long, String> names = visibleNames(userId);
		List<Long> ids = projectIds(query, names, userId);
		String sort = query.sort() == null || query.sort().isBlank() ? "-submittedAt" : query.sort().strip();
		boolean descending = sort.startsWith("-");
		String key = descending ? sort.substring(1) : sort;
		Comparator<Line> order = SUBMISSION_ORDERS.containsKey(key) ? SUBMISSION_ORDERS.get(key)
				: PROPOSAL_ORDERS.get(key);
		if (order == null) {
			throw new InvalidInputException("sort", Wording.of("workflow.list.sort.invalid",
					String.join(", ", Stream.concat(SUBMISSION_ORDERS.keySet().stream(),
							PROPOSAL_ORDERS.keySet().stream()).sorted().toList())));
		}
		order = (descending ? order.reversed() : order).thenComparingLong(line -> line.keys().proposalId());
		int size = query.size() <= 0 ? ProposalListQuery.DEFAULT_SIZE : Math.min(query.size(), 200);
		int page = Math.max(query.page(), 0);
		if (ids.isEmpty()) {
			return new ListPage<>(List.of(), page, size, 0);
		}
		List<Long> all = lines(query, key, ids, names).sorted(order).map(line -> line.keys().proposalId()).toList();
		List<Long> pageIds = all.stream().skip((long) page * size).limit(size).toList();
		return new ListPage<>(describe(pageIds, names), page, size, all.size());
	}

	/** The document type names of the submitted proposals the query's projects hold: a type filter's choices. */
	List<String> typeNames(ProposalListQuery query, String userId) {
		Map<Long, String> names = visibleNames(userId);
		return proposals.submittedTypeNames(projectIds(query, names, userId));
	}

	private Map<Long, String> visibleNames(String userId) {
		return projects.visibleProjects(userId).stream()
			.collect(Collectors.toMap(ProjectListing::id, ProjectListing::name));
	}

	/** The one project, else the chosen ones (each checked: 404 unless the caller sees it), else all visible. */
	private List<Long> projectIds(ProposalListQuery query, Map<Long, String> names, String userId) {
		List<Long> chosen = query.projectId() != null ? List.of(query.projectId())
				: query.projectIds() == null ? List.of()
						: query.projectIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
		chosen.forEach(id -> projects.get(id, userId)); // 404 unless the caller sees it
		return chosen.isEmpty() ? List.copyOf(names.keySet()) : chosen;
	}

	/**
	 * Every submission of the projects that passes the filters, as light lines. The proposals' lines are read
	 * (one query) only when a filter or the sort needs their title, type or status; the routes only for the sort
	 * by status, which tells 承認中 from 閲覧中 by the step that holds the proposal.
	 */
	private Stream<Line> lines(ProposalListQuery query, String sortKey, List<Long> ids, Map<Long, String> names) {
		String type = blankAsNull(query.type());
		String words = blankAsNull(query.words()) == null ? null : query.words().strip().toLowerCase(Locale.ROOT);
		boolean needsProposals = type != null || words != null || PROPOSAL_ORDERS.containsKey(sortKey);
		Map<Long, String> projectNames = new HashMap<>(names);
		Function<Long, String> projectName = id -> projectNames.computeIfAbsent(id,
				missing -> projects.nameOf(missing).orElse(""));
		Stream<SubmissionKeys> keys = submissions.keysOf(ids).stream();
		if (!needsProposals) {
			if (query.status() != null) {
				Set<Long> inStatus = proposals.idsWithStatus(ids, query.status());
				keys = keys.filter(k -> inStatus.contains(k.proposalId()));
			}
			return keys.map(k -> new Line(k, null, null, null));
		}
		Map<Long, ProposalLine> lines = proposals.lines(ids, query.status())
			.stream()
			.collect(Collectors.toMap(ProposalLine::id, Function.identity()));
		Map<Long, TaskKind> stages = "status".equals(sortKey) ? stagesInReview(ids, lines) : Map.of();
		return keys.filter(k -> lines.containsKey(k.proposalId()))
			.map(k -> {
				ProposalLine proposal = lines.get(k.proposalId());
				return new Line(k, proposal, projectName.apply(k.projectId()), "status".equals(sortKey)
						? StatusText.of(proposal.status(), stages.get(k.proposalId())) : null);
			})
			.filter(line -> type == null || type.equals(line.proposal().typeName()))
			.filter(line -> words == null || contains(line.proposal().title(), words)
					|| contains(line.projectName(), words) || contains(line.proposal().typeName(), words));
	}

	/** 閲覧 or 承認 for every proposal in review, from the step its route holds it at. */
	private Map<Long, TaskKind> stagesInReview(List<Long> ids, Map<Long, ProposalLine> lines) {
		Map<Long, TaskKind> stages = new HashMap<>();
		for (Object[] row : submissions.positionsOf(ids)) {
			ProposalLine line = lines.get((Long) row[0]);
			if (line != null && line.status() == ProposalStatus.IN_REVIEW) {
				stages.put(line.id(), stage(routes.read((String) row[1]), (Integer) row[2]));
			}
		}
		return stages;
	}

	private static TaskKind stage(List<RouteStep> route, int currentIndex) {
		if (currentIndex >= route.size()) {
			return null;
		}
		return route.get(currentIndex).role() == RouteRole.VIEWER ? TaskKind.VIEW : TaskKind.APPROVE;
	}

	/** The page's items: its submissions and its proposals' lines in one query each, not one read per item. */
	private List<ProposalListItem> describe(List<Long> pageIds, Map<Long, String> names) {
		Map<Long, Submission> loaded = submissions.findAllById(pageIds)
			.stream()
			.collect(Collectors.toMap(Submission::proposalId, Function.identity()));
		Map<Long, ProposalLine> lines = proposals.linesById(pageIds);
		return pageIds.stream()
			.map(loaded::get)
			.map(s -> item(s, lines.get(s.proposalId()),
					names.containsKey(s.projectId()) ? names.get(s.projectId()) : record.projectName(s)))
			.toList();
	}

	private ProposalListItem item(Submission s, ProposalLine proposal, String projectName) {
		ProposalStatus status = proposal.status();
		TaskKind stage = null;
		String current = null;
		if (status == ProposalStatus.IN_REVIEW) {
			List<RouteStep> route = routes.read(s.routeJson());
			stage = stage(route, s.currentIndex());
			current = stage == null ? null : route.get(s.currentIndex()).userId();
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

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static boolean contains(String value, String words) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(words);
	}

	private static Comparator<Line> dates(Function<SubmissionKeys, LocalDate> date) {
		return Comparator.comparing(line -> date.apply(line.keys()), Comparator.nullsLast(Comparator.naturalOrder()));
	}

	private static Comparator<Line> texts(Function<Line, String> text) {
		return Comparator.comparing(text, Comparator.nullsLast(Comparator.naturalOrder()));
	}
}
