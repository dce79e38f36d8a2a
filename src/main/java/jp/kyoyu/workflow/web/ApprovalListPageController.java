package jp.kyoyu.workflow.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.workflow.ListPage;
import jp.kyoyu.workflow.ProposalListItem;
import jp.kyoyu.workflow.ProposalListQuery;
import jp.kyoyu.workflow.WorkflowManagement;
import jp.kyoyu.workflow.export.ProposalListCsv;
import jp.kyoyu.workflow.export.ProposalListExcel;
import jp.kyoyu.workflow.export.ProposalRow;

/**
 * The approval lists (C4.4-C4.7) per project and across the user's projects. The facade filters by project and
 * status; type and text filters and the sort by any column are applied here on the (project-sized) result.
 */
@Controller
class ApprovalListPageController {

	static final int PAGE_SIZE = 30;

	private static final Map<String, Comparator<ProposalListItem>> ORDERS = Map.of(
			"project", Comparator.comparing(ProposalListItem::projectName, Comparator.nullsLast(Comparator.naturalOrder())),
			"title", Comparator.comparing(ProposalListItem::title, Comparator.nullsLast(Comparator.naturalOrder())),
			"type", Comparator.comparing(ProposalListItem::documentTypeName, Comparator.nullsLast(Comparator.naturalOrder())),
			"status", Comparator.comparing(i -> StatusText.of(i.status(), i.stage())),
			"requested", dates(ProposalListItem::requestedAnswerDate),
			"receipt", dates(ProposalListItem::receiptDate),
			"planned", dates(ProposalListItem::plannedAnswerDate),
			"interim", dates(ProposalListItem::interimAnswerDate),
			"answer", dates(ProposalListItem::answerDate),
			"importance", Comparator.comparing(ProposalListItem::importance, Comparator.nullsLast(Comparator.naturalOrder())));

	/** This page's sorts the service orders the same way ("" = the default, newest submission first). */
	private static final Map<String, String> SERVICE_SORTS = Map.of("", "", "requested", "requestedAnswerDate",
			"receipt", "receiptDate", "planned", "plannedAnswerDate", "interim", "interimAnswerDate", "answer",
			"answerDate", "importance", "importance");

	private final WorkflowManagement workflow;

	private final ProjectManagement projects;

	private final ProposalListCsv csv;

	private final ProposalListExcel excel;

	ApprovalListPageController(WorkflowManagement workflow, ProjectManagement projects, ProposalListCsv csv,
			ProposalListExcel excel) {
		this.workflow = workflow;
		this.projects = projects;
		this.csv = csv;
		this.excel = excel;
	}

	/**
	 * What the list form sends; every field optional. {@code projectIds}: several projects (C4.5); {@code choose}
	 * is set by the form's project choice, whose submission is remembered (no box ticked = all projects).
	 */
	record Filter(Long projectId, List<Long> projectIds, String choose, String status, String type, String q,
			String sort, Integer page) {

		/** The projects to list when no single one is asked for: those ticked, else the remembered choice. */
		Filter withProjects(List<Long> chosen) {
			return new Filter(projectId, chosen, choose, status, type, q, sort, page);
		}

		ProposalStatus statusValue() {
			for (ProposalStatus s : ProposalStatus.values()) {
				if (s.name().equals(status)) {
					return s;
				}
			}
			return null;
		}

		int pageValue() {
			return page == null || page < 0 ? 0 : page;
		}
	}

	@GetMapping("/projects/{projectId}/approvals")
	String perProject(@PathVariable long projectId) {
		return "redirect:/workflow/proposals?projectId=" + projectId;
	}

	@GetMapping("/workflow/proposals")
	String list(@ModelAttribute("filter") Filter asked, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		Filter filter = asked;
		if (asked.projectId() == null && asked.choose() != null) {
			filter = asked.withProjects(workflow.rememberListChoice(
					asked.projectIds() == null ? List.of() : asked.projectIds(), user.userId()));
		}
		else {
			filter = chosen(asked, user);
		}
		model.addAttribute("filter", filter);
		String pagedSort = pagedSort(filter);
		if (pagedSort != null) {
			// Nothing to filter or sort here: the service orders and pages, and only this page is loaded.
			ListPage<ProposalListItem> found = page(filter, pagedSort, filter.pageValue(), user);
			int lastPage = (int) Math.max(0, (found.total() - 1) / PAGE_SIZE);
			if (found.page() > lastPage) {
				found = page(filter, pagedSort, lastPage, user);
			}
			model.addAttribute("items", found.items());
			model.addAttribute("total", found.total());
			model.addAttribute("page", found.page());
			model.addAttribute("lastPage", lastPage);
		}
		else {
			List<ProposalListItem> all = rows(filter, user);
			int page = Math.min(filter.pageValue(), Math.max(0, (all.size() - 1) / PAGE_SIZE));
			model.addAttribute("items", all.stream().skip((long) page * PAGE_SIZE).limit(PAGE_SIZE).toList());
			model.addAttribute("total", all.size());
			model.addAttribute("page", page);
			model.addAttribute("lastPage", Math.max(0, (all.size() - 1) / PAGE_SIZE));
		}
		model.addAttribute("projects", projects.visibleProjects(user.userId()));
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("types", workflow.list(new ProposalListQuery(filter.projectId(), null, null, 0, 200,
				filter.projectIds()), user.userId()).items().stream().map(ProposalListItem::documentTypeName).distinct().sorted().toList());
		return "workflow/list";
	}

	@GetMapping("/workflow/proposals.csv")
	void exportCsv(@ModelAttribute Filter filter, @AuthenticationPrincipal KyoyuPrincipal user,
			HttpServletResponse response) throws IOException {
		List<ProposalRow> rows = rows(chosen(filter, user), user).stream().map(ApprovalListPageController::row).toList();
		start(response, "text/csv; charset=UTF-8", "csv");
		csv.write(rows, response.getOutputStream());
	}

	@GetMapping("/workflow/proposals.xlsx")
	void exportExcel(@ModelAttribute Filter filter, @AuthenticationPrincipal KyoyuPrincipal user,
			HttpServletResponse response) throws IOException {
		List<ProposalRow> rows = rows(chosen(filter, user), user).stream().map(ApprovalListPageController::row).toList();
		start(response, ProposalListExcel.CONTENT_TYPE, "xlsx");
		excel.write(rows, response.getOutputStream());
	}

	/** The remembered projects unless the request names its own (one project, or several). */
	private Filter chosen(Filter filter, KyoyuPrincipal user) {
		return filter.projectId() != null || filter.projectIds() != null ? filter
				: filter.withProjects(workflow.listChoice(user.userId()));
	}

	/** Every matching line, in the chosen order; 404 for a project the user may not see (from the facade). */
	/**
	 * The service's sort for this filter when the service can order and page by itself: no words or type to match
	 * here, and a sort it knows (the default, dates, importance). Null when the whole list must be built here.
	 * Proposals with the same date follow in proposal-number order (before: in the default order).
	 */
	private static String pagedSort(Filter filter) {
		if (filter.q() != null && !filter.q().isBlank() || filter.type() != null && !filter.type().isBlank()) {
			return null;
		}
		String sort = filter.sort() == null ? "" : filter.sort().strip();
		boolean descending = sort.startsWith("-");
		String service = SERVICE_SORTS.get(descending ? sort.substring(1) : sort);
		return service == null ? null : service.isEmpty() ? "" : (descending ? "-" : "") + service;
	}

	private ListPage<ProposalListItem> page(Filter filter, String sort, int page, KyoyuPrincipal user) {
		return workflow.list(new ProposalListQuery(filter.projectId(), filter.statusValue(), sort, page, PAGE_SIZE,
				filter.projectIds()), user.userId());
	}

	private List<ProposalListItem> rows(Filter filter, KyoyuPrincipal user) {
		List<ProposalListItem> all = new ArrayList<>();
		for (int page = 0;; page++) {
			ListPage<ProposalListItem> chunk = workflow
				.list(new ProposalListQuery(filter.projectId(), filter.statusValue(), null, page, 200,
						filter.projectIds()), user.userId());
			all.addAll(chunk.items());
			if (chunk.items().isEmpty() || all.size() >= chunk.total()) {
				break;
			}
		}
		String text = filter.q() == null ? "" : filter.q().strip().toLowerCase(Locale.ROOT);
		String sort = filter.sort() == null ? "" : filter.sort().strip();
		boolean descending = sort.startsWith("-");
		Comparator<ProposalListItem> order = ORDERS.get(descending ? sort.substring(1) : sort);
		List<ProposalListItem> matching = new ArrayList<>(all.stream()
			.filter(i -> filter.type() == null || filter.type().isBlank() || filter.type().equals(i.documentTypeName()))
			.filter(i -> text.isEmpty() || contains(i.title(), text) || contains(i.projectName(), text)
					|| contains(i.documentTypeName(), text))
			.toList());
		if (order != null) {
			matching.sort(descending ? order.reversed() : order);
		}
		return matching;
	}

	private static boolean contains(String value, String text) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(text);
	}

	private static ProposalRow row(ProposalListItem i) {
		return new ProposalRow(i.projectName(), i.title(), i.documentTypeName(), StatusText.of(i.status(), i.stage()),
				i.requestedAnswerDate(), i.receiptDate(), i.plannedAnswerDate(), i.interimAnswerDate(), i.answerDate(), i.importance(),
				i.completedOn());
	}

	private static void start(HttpServletResponse response, String type, String extension) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"proposals." + extension + "\"");
	}

	private static <T extends Comparable<T>> Comparator<ProposalListItem> dates(Function<ProposalListItem, T> key) {
		return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
	}
}
