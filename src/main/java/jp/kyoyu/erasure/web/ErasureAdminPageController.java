package jp.kyoyu.erasure.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.erasure.ErasureLine;
import jp.kyoyu.erasure.ErasureManagement;
import jp.kyoyu.erasure.ErasureOverview;
import jp.kyoyu.erasure.ErasureRefused;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.FormErrors;

/**
 * The administrators' erasure pages (issue #16): every project's erasure date and state, and per project the two
 * changes the API offers (another date, erasing now). ADMIN READ looks, ADMIN WRITE changes ({@link ErasureRights});
 * the changes go through {@link ErasureManagement}, so the page refuses exactly what the API refuses, with the same
 * Japanese messages, shown next to the field with what was typed kept.
 */
@Controller
class ErasureAdminPageController {

	private static final String LIST = "/admin/erasures";

	private final ErasureOverview overview;

	private final ErasureManagement erasures;

	ErasureAdminPageController(ErasureOverview overview, ErasureManagement erasures) {
		this.overview = overview;
		this.erasures = erasures;
	}

	@GetMapping(LIST)
	String list(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("lines", overview.projects(user.userId()));
		model.addAttribute("usersToDisable", overview.usersLeftWithoutProject(user.userId()));
		model.addAttribute("retentionDays", erasures.retentionDays());
		return "erasure/admin-list";
	}

	@GetMapping(LIST + "/{projectId}")
	String project(@PathVariable long projectId, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		ErasureLine line = line(projectId, user);
		return page(line, Map.of("erasureDate", line.erasureDate() == null ? "" : line.erasureDate().toString()),
				Map.of(), model);
	}

	@PostMapping(LIST + "/{projectId}/date")
	String changeDate(@PathVariable long projectId, @RequestParam(required = false) String erasureDate,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal KyoyuPrincipal user, Model model,
			RedirectAttributes redirect) {
		try {
			erasures.setDate(projectId, TypedErasureDate.parse(erasureDate), reason, user.userId());
		}
		catch (ErasureRefused refused) {
			return refusedPage(line(projectId, user), typed("erasureDate", erasureDate, "dateReason", reason),
					refused, model);
		}
		redirect.addFlashAttribute("notice", Wording.of("erasure.page.date-changed"));
		return "redirect:" + LIST + "/" + projectId;
	}

	@PostMapping(LIST + "/{projectId}/run")
	String run(@PathVariable long projectId, @RequestParam(required = false) String confirmName,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal KyoyuPrincipal user, Model model,
			RedirectAttributes redirect) {
		ErasureLine line = line(projectId, user);
		try {
			erasures.run(projectId, confirmName, reason, user.userId());
		}
		catch (ErasureRefused refused) {
			Map<String, String> typed = typed("confirmName", confirmName, "runReason", reason);
			typed.put("erasureDate", line.erasureDate() == null ? "" : line.erasureDate().toString());
			return refusedPage(line, typed, refused, model);
		}
		redirect.addFlashAttribute("notice", Wording.of("erasure.page.run-started", line.projectName()));
		return "redirect:" + LIST + "/" + projectId;
	}

	private ErasureLine line(long projectId, KyoyuPrincipal user) {
		return overview.project(projectId, user.userId())
			.orElseThrow(() -> new NotFoundException(Wording.of("erasure.project.gone")));
	}

	/** The project page again, the refusal next to its field and what was typed kept. */
	private String refusedPage(ErasureLine line, Map<String, String> typed, ErasureRefused refused, Model model) {
		Map<String, List<String>> errors = FormErrors.byField(refused.problems());
		// Both forms send "reason"; on the page they are dateReason and runReason, so the error lands in the form sent.
		if (errors.containsKey("reason")) {
			errors.put(typed.containsKey("runReason") ? "runReason" : "dateReason", errors.remove("reason"));
		}
		return page(line, typed, errors, model);
	}

	private String page(ErasureLine line, Map<String, String> typed, Map<String, List<String>> errors,
			Model model) {
		model.addAttribute("line", line);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		return "erasure/admin-project";
	}

	private static Map<String, String> typed(String field, String value, String reasonField, String reason) {
		Map<String, String> typed = new HashMap<>();
		typed.put(field, value == null ? "" : value);
		typed.put(reasonField, reason == null ? "" : reason);
		return typed;
	}
}
