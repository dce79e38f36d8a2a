package jp.kyoyu.identity.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoyu.identity.PasswordManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.web.FormErrors;

/**
 * The page a one-time link opens (X2): the user sets their own password under the policy, without logging in.
 * Open to anyone (SecurityConfiguration); the token is the only key, and it works once, for 24 hours.
 */
@Controller
class PasswordSetupController {

	private final PasswordManagement passwords;

	private final IdentityPageTexts texts;

	PasswordSetupController(PasswordManagement passwords, IdentityPageTexts texts) {
		this.passwords = passwords;
		this.texts = texts;
	}

	@GetMapping("/password/set")
	String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		return page(token, "", "", Map.of(), model, response);
	}

	@PostMapping("/password/set")
	String set(@RequestParam(required = false) String token, @RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String confirmPassword, Model model, HttpServletResponse response) {
		if (!newPassword.equals(confirmPassword)) {
			return page(token, newPassword, confirmPassword, FormErrors.byField(List.of(new FieldProblem(
					"confirmPassword", texts.get("passwordSet.problem.confirmMismatch")))), model, response);
		}
		try {
			passwords.setPasswordWithLink(token, newPassword);
			return "redirect:/login?passwordSet";
		}
		catch (InvalidInputException e) {
			return page(token, newPassword, confirmPassword, FormErrors.byField(e.problems()), model, response);
		}
	}

	/** The form, with what was typed kept on an error; a link that cannot be used shows why, without the form. */
	private String page(String token, String newPassword, String confirmPassword, Map<String, ?> errors,
			Model model, HttpServletResponse response) {
		try {
			model.addAttribute("userId", passwords.passwordLinkHolder(token));
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("linkProblem", e.problems().get(0).message());
			return "identity/password-set";
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("token", token);
		model.addAttribute("newPassword", newPassword);
		model.addAttribute("confirmPassword", confirmPassword);
		model.addAttribute("errors", errors);
		model.addAttribute("passwordRules", passwords.passwordRules());
		return "identity/password-set";
	}
}
