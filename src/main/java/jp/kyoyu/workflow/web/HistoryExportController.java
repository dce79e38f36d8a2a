package jp.kyoyu.workflow.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.workflow.SubmissionView;
import jp.kyoyu.workflow.WorkflowManagement;
import jp.kyoyu.workflow.export.ApprovalHistoryCsv;
import jp.kyoyu.workflow.export.ApprovalHistoryExcel;
import jp.kyoyu.workflow.export.ApprovalHistoryPdf;
import jp.kyoyu.workflow.export.HistoryHeader;

/** A proposal's approval record as CSV (with BOM), Excel and PDF (C4.18). */
@RestController
class HistoryExportController extends WorkflowApiErrors {

	private final WorkflowManagement workflow;

	private final ProjectManagement projects;

	private final ApprovalHistoryCsv csv;

	private final ApprovalHistoryExcel excel;

	private final ApprovalHistoryPdf pdf;

	HistoryExportController(WorkflowManagement workflow, ProjectManagement projects, ApprovalHistoryCsv csv,
			ApprovalHistoryExcel excel, ApprovalHistoryPdf pdf) {
		this.workflow = workflow;
		this.projects = projects;
		this.csv = csv;
		this.excel = excel;
		this.pdf = pdf;
	}

	@GetMapping("/api/v1/proposals/{id}/history.csv")
	void csv(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, HttpServletResponse response)
			throws IOException {
		HistoryHeader header = header(id, user);
		start(response, ApprovalHistoryCsv.CONTENT_TYPE, header, "csv");
		csv.write(header, workflow.history(id, user.userId()), response.getOutputStream());
	}

	@GetMapping("/api/v1/proposals/{id}/history.xlsx")
	void xlsx(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, HttpServletResponse response)
			throws IOException {
		HistoryHeader header = header(id, user);
		start(response, ApprovalHistoryExcel.CONTENT_TYPE, header, "xlsx");
		excel.write(header, workflow.history(id, user.userId()), response.getOutputStream());
	}

	@GetMapping("/api/v1/proposals/{id}/history.pdf")
	void pdf(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, HttpServletResponse response)
			throws IOException {
		HistoryHeader header = header(id, user);
		start(response, ApprovalHistoryPdf.CONTENT_TYPE, header, "pdf");
		pdf.write(header, workflow.history(id, user.userId()), response.getOutputStream());
	}

	private HistoryHeader header(long id, KyoyuPrincipal user) {
		ProposalView p = workflow.proposal(id, user.userId());
		SubmissionView s = workflow.submission(id, user.userId()).orElse(null);
		return new HistoryHeader(projects.get(p.projectId(), user.userId()).name(), p.title(), p.typeName(),
				StatusText.of(p.status(), null), s == null ? null : s.proposedOn(), p.receiptDate(),
				p.plannedAnswerDate(), p.answerDate(), s == null ? null : s.importance(), p.postReviewPending());
	}

	private static void start(HttpServletResponse response, String type, HistoryHeader header, String extension) {
		response.setContentType(type);
		String name = "承認記録_" + header.title() + "." + extension;
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"history." + extension
				+ "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
	}
}
