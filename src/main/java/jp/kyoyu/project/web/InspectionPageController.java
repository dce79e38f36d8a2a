package jp.kyoyu.project.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** The 検査員 section of the project page: designate an inspector for a period, revoke a designation. */
@Controller
class InspectionPageController {

	private final ProjectManagement projects;

	private final DetailPage detailPage;

	InspectionPageController(ProjectManagement projects, DetailPage detailPage) {
		this.projects = projects;
		this.detailPage = detailPage;
	}

	@PostMapping("/projects/{id}/inspections")
	String grant(@PathVariable long id, @RequestParam(defaultValue = "") String userId,
			@RequestParam(defaultValue = "") String validFrom, @RequestParam(defaultValue = "") String validTo,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		Map<String, String> unreadable = new LinkedHashMap<>();
		LocalDate from = date("validFrom", validFrom, unreadable);
		LocalDate to = date("validTo", validTo, unreadable);
		try {
			if (!unreadable.isEmpty()) {
				projects.mayGrantInspection(id, user.userId()); // 404 for outsiders before telling them about dates
				throw new InvalidInputException(unreadable.entrySet().stream()
					.map(problem -> new FieldProblem(problem.getKey(), problem.getValue())).toList());
			}
			projects.grantInspection(id, userId, from, to, user.userId());
		}
		catch (InvalidInputException e) {
			model.addAttribute("inspectionForm", Map.of("userId", userId, "validFrom", validFrom, "validTo", validTo));
			model.addAttribute("inspectionErrors", ProjectForm.byField(e.problems()));
			return detailPage.show(id, user.userId(), model);
		}
		redirect.addFlashAttribute("notice", Wording.of("project.inspection.notice.granted"));
		return "redirect:/projects/" + id + "#inspectors";
	}

	@PostMapping("/projects/{id}/inspections/{grantId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long grantId, @AuthenticationPrincipal KyoyuPrincipal user,
			RedirectAttributes redirect) {
		projects.revokeInspection(id, grantId, user.userId());
		redirect.addFlashAttribute("notice", Wording.of("project.inspection.notice.revoked"));
		return "redirect:/projects/" + id + "#inspectors";
	}

	/** A date typed as yyyy-mm-dd (the date input sends that); blank is left to the rules ("enter the date"). */
	private static LocalDate date(String field, String text, Map<String, String> unreadable) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			unreadable.put(field, Wording.of("project.inspection.date-unreadable", text.strip()));
			return null;
		}
	}
}
