package jp.kyoyu.audit.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoyu.audit.AuditIntegrity;
import jp.kyoyu.audit.AuditLog;
import jp.kyoyu.audit.AuditQuery;
import jp.kyoyu.audit.AuditRecord;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.export.CsvWriter;

/** The audit trail for administrators and auditors: filters, pages of 50, and the filtered list as CSV. */
@Controller
class AuditController {

	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private final AuditLog log;

	private final AuditIntegrity integrity;

	AuditController(AuditLog log, AuditIntegrity integrity) {
		this.log = log;
		this.integrity = integrity;
	}

	/** Walks the hash chain; read-only, so a GET an auditor may bookmark. */
	@GetMapping("/admin/audit/integrity")
	String integrity(Model model) {
		model.addAttribute("report", integrity.check());
		return "audit/integrity";
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Boolean succeeded, @RequestParam(defaultValue = "0") int page,
			Model model) {
		AuditQuery query = new AuditQuery(actor, action, target, from, to, succeeded);
		Page<AuditRecord> entries = log.search(query, page, 50);
		model.addAttribute("query", query);
		model.addAttribute("entries", entries);
		model.addAttribute("shown", SHOWN);
		return "audit/list";
	}

	/** UTF-8 with BOM, so Excel opens the Japanese text correctly. */
	@GetMapping("/admin/audit.csv")
	void csv(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Boolean succeeded, HttpServletResponse response) throws IOException {
		AuditQuery query = new AuditQuery(actor, action, target, from, to, succeeded);
		response.setContentType(CsvWriter.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
		CsvWriter csv = new CsvWriter(response.getOutputStream(), CsvWriter.Quoting.EVERY_CELL);
		csv.row(List.of(Wording.japanese("audit.csv.header").split(",")));
		int page = 0;
		Page<AuditRecord> chunk;
		do {
			chunk = log.search(query, page++, 500);
			for (AuditRecord entry : chunk) {
				// Arrays.asList: target, detail and address may be missing (List.of refuses null).
				csv.row(Arrays.asList(SHOWN.format(entry.occurredAt()), entry.actor(), entry.action(), entry.target(),
						entry.detail(), entry.remoteAddress(),
						Wording.japanese(entry.succeeded() ? "audit.csv.succeeded" : "audit.csv.failed")));
			}
		}
		while (chunk.hasNext());
		csv.flush();
	}
}
