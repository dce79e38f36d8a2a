package jp.kyoyu.workflow.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.workflow.StatusText;
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

	@ApiResponse(responseCode = "200", description = "承認履歴の CSV（UTF-8）", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/proposals/{id}/history.csv")
	void csv(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, HttpServletResponse response)
			throws IOException {
		export(id, user, response, ApprovalHistoryCsv.CONTENT_TYPE, "csv", csv::write);
	}

	@ApiResponse(responseCode = "200", description = "承認履歴の Excel ファイル", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/proposals/{id}/history.xlsx")
	void xlsx(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, HttpServletResponse response)
			throws IOException {
		export(id, user, response, ApprovalHistoryExcel.CONTENT_TYPE, "xlsx", excel::write);
	}

	@ApiResponse(responseCode = "200", description = "承認履歴の PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/proposals/{id}/history.pdf")
	void pdf(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, HttpServletResponse response)
			throws IOException {
		export(id, user, response, ApprovalHistoryPdf.CONTENT_TYPE, "pdf", pdf::write);
	}

	/** One of the three renderers: the same header and steps, another format. */
	@FunctionalInterface
	private interface Renderer {
		void write(HistoryHeader header, List<ApprovalStep> steps, OutputStream out) throws IOException;
	}

	/**
	 * Reads everything (and so checks access) before the first byte: once the body has started, a refusal can no
	 * longer become a clean 403/404.
	 */
	private void export(long id, KyoyuPrincipal user, HttpServletResponse response, String type, String extension,
			Renderer renderer) throws IOException {
		HistoryHeader header = header(id, user);
		List<ApprovalStep> steps = workflow.history(id, user.userId());
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(Wording.japanese("workflow.export.historyFile", header.title(), extension), StandardCharsets.UTF_8)
			.build()
			.toString());
		renderer.write(header, steps, response.getOutputStream());
	}

	private HistoryHeader header(long id, KyoyuPrincipal user) {
		ProposalView p = workflow.proposal(id, user.userId());
		SubmissionView s = workflow.submission(id, user.userId()).orElse(null);
		return new HistoryHeader(projects.get(p.projectId(), user.userId()).name(), p.title(), p.typeName(),
				StatusText.of(p.status(), null), s == null ? null : s.proposedOn(), p.receiptDate(),
				p.plannedAnswerDate(), p.answerDate(), s == null ? null : s.importance(), p.postReviewPending(),
				p.completedOn());
	}
}
