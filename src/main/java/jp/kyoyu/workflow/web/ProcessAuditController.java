package jp.kyoyu.workflow.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Read-only list of finished approvals for auditors, next to the audit log: under {@code /admin/audit/}, so
 * only users with audit read permission (ADMIN at READ or more) get it; everyone else gets 403.
 */
@Controller
class ProcessAuditController {

	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")
		.withZone(ZoneId.of("Asia/Tokyo"));

	static final int PAGE_SIZE = 20;

	private final FinishedProcesses processes;

	ProcessAuditController(FinishedProcesses processes) {
		this.processes = processes;
	}

	@GetMapping("/admin/audit/processes")
	String list(@RequestParam(defaultValue = FinishedProcesses.APPROVAL_PROCESS) String process,
			@RequestParam(required = false) String businessKey, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Map<String, String> known = processes.processes();
		// An unknown key simply finds nothing; only keys that exist are offered and echoed back.
		String shownProcess = known.containsKey(process) ? process : FinishedProcesses.APPROVAL_PROCESS;
		model.addAttribute("processes", known);
		model.addAttribute("process", shownProcess);
		model.addAttribute("businessKey", businessKey == null ? "" : businessKey);
		model.addAttribute("instances", processes.find(shownProcess, businessKey, Math.min(Math.max(0, page), 100_000), PAGE_SIZE));
		model.addAttribute("shown", SHOWN);
		return "workflow/audit-processes";
	}
}
