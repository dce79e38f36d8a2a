package jp.kyoyu.workflow.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import jp.kyoyu.workflow.StatusText;
import jp.kyoyu.workflow.WorkflowManagement;
import jp.kyoyu.workflow.export.ProposalListCsv;
import jp.kyoyu.workflow.export.ProposalListExcel;
import jp.kyoyu.workflow.export.ProposalRow;

/**
 * The approval lists (C4.4-C4.7) per project and across the user's projects. The service filters (project, status,
 * type, words), orders and pages; this page only maps its column names to the service's sorts, so a view loads one
 * page of items whatever the list holds (issue #21).
 */
@Controller
class ApprovalListPageController {

	static final int PAGE_SIZE = 30;

	/** This page's column sorts and the service's names for them ("" = the default, newest submission first). */
	private static final Map<String, String> SERVICE_SORTS = Map.of("project", "project", "title", "title", "type",
			"type", "status", "status", "requested", "requestedAnswerDate", "receipt", "receiptDate", "planned",
			"plannedAnswerDate", "interim", "interimAnswerDate", "answer", "answerDate", "importance", "importance");

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
		ListPage<ProposalListItem> found = page(filter, filter.pageValue(), PAGE_SIZE, user);
		int lastPage = (int) Math.max(0, (found.total() - 1) / PAGE_SIZE);
		if (found.page() > lastPage) {
			found = page(filter, lastPage, PAGE_SIZE, user); // a page beyond the last shows the last one
		}
		model.addAttribute("items", found.items());
		model.addAttribute("total", found.total());
		model.addAttribute("page", found.page());
		model.addAttribute("lastPage", lastPage);
		model.addAttribute("projects", projects.visibleProjects(user.userId()));
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("types", workflow.listTypes(new ProposalListQuery(filter.projectId(), null, null, 0, 0,
				filter.projectIds()), user.userId()));
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

	/**
	 * The service's sort for the page's column ({@code -} first for descending); an unknown column is the default
	 * order, as it always was. Proposals that compare equal follow in proposal-number order.
	 */
	private static String serviceSort(Filter filter) {
		String sort = filter.sort() == null ? "" : filter.sort().strip();
		boolean descending = sort.startsWith("-");
		String service = SERVICE_SORTS.get(descending ? sort.substring(1) : sort);
		return service == null ? "" : (descending ? "-" : "") + service;
	}

	private ListPage<ProposalListItem> page(Filter filter, int page, int size, KyoyuPrincipal user) {
		return workflow.list(new ProposalListQuery(filter.projectId(), filter.statusValue(), serviceSort(filter), page,
				size, filter.projectIds(), filter.type(), filter.q()), user.userId());
	}

	/** Every matching line in the chosen order, for the exports; 404 for a project the user may not see. */
	private List<ProposalListItem> rows(Filter filter, KyoyuPrincipal user) {
		List<ProposalListItem> all = new ArrayList<>();
		for (int page = 0;; page++) {
			ListPage<ProposalListItem> chunk = page(filter, page, 200, user);
			all.addAll(chunk.items());
			if (chunk.items().isEmpty() || all.size() >= chunk.total()) {
				return all;
			}
		}
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

}
