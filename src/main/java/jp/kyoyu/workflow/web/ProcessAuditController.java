package jp.kyoyu.workflow.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoyu.shared.Wording;

/**
 * Read-only list of approvals (and the other processes) for auditors, next to the audit log: under {@code /admin/audit/}, so
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
			@RequestParam(required = false) String businessKey, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Map<String, FinishedProcesses.ProcessChoice> known = processes.processes();
		// An unknown key simply finds nothing; only keys that exist are offered and echoed back.
		String shownProcess = known.containsKey(process) ? process : FinishedProcesses.APPROVAL_PROCESS;
		FinishedProcesses.State shownState = FinishedProcesses.State.of(state);
		model.addAttribute("processes", known.values());
		model.addAttribute("process", shownProcess);
		model.addAttribute("state", shownState.name());
		model.addAttribute("states", FinishedProcesses.State.values());
		model.addAttribute("businessKey", businessKey == null ? "" : businessKey);
		model.addAttribute("instances", processes.find(shownProcess, businessKey, shownState,
				Math.min(Math.max(0, page), 100_000), PAGE_SIZE));
		model.addAttribute("shown", SHOWN);
		return "workflow/audit-processes";
	}

	/**
	 * The same history as JSON, for the Cockpit plugin (kyoyu-audit-*.js): under {@code /admin/audit/}, so it is
	 * guarded by exactly the rule of the page above (ADMIN at READ or more), whatever Camunda would allow.
	 */
	@GetMapping(path = "/admin/audit/processes/{processInstanceId}/record", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> record(@PathVariable String processInstanceId) {
		return processes.one(processInstanceId)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("message", Wording.of("processaudit.notFound"))));
	}
}
