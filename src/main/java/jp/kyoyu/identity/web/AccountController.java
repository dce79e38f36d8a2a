package jp.kyoyu.identity.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.DateStylePreference;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.identity.PasswordManagement;
import jp.kyoyu.shared.DateStyle;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.web.FormErrors;

/** A user's own account: details and password change (C8.5). */
@Controller
class AccountController {

	private final IdentityManagement identity;

	private final PasswordManagement passwords;

	private final IdentityPageTexts texts;

	private final DateStylePreference dateStyles;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(IdentityManagement identity, PasswordManagement passwords, IdentityPageTexts texts,
			DateStylePreference dateStyles) {
		this.identity = identity;
		this.passwords = passwords;
		this.texts = texts;
		this.dateStyles = dateStyles;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		return page(user, model, Map.of());
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal KyoyuPrincipal user, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam(defaultValue = "") String confirmPassword, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		// Typed twice (issue #22), as on the password-link page: a typo would otherwise lock the user out.
		// The two typed passwords stay in their fields; only the confirmation is to be typed again.
		if (!newPassword.equals(confirmPassword)) {
			model.addAttribute("typedCurrentPassword", currentPassword);
			model.addAttribute("typedNewPassword", newPassword);
			return page(user, model, FormErrors.byField(List.of(
					new FieldProblem("confirmPassword", texts.get("passwordSet.problem.confirmMismatch")))));
		}
		try {
			passwords.changeOwnPassword(user.userId(), currentPassword, newPassword);
			forgetExpiry(request, response);
			redirect.addFlashAttribute("notice", texts.get("account.notice.passwordChanged"));
			return "redirect:/account";
		}
		catch (InvalidInputException e) {
			return page(user, model, FormErrors.byField(e.problems()));
		}
	}

	/** The login stops carrying the expiry mark once the password is new. */
	private void forgetExpiry(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		List<GrantedAuthority> authorities = current.getAuthorities().stream()
			.filter(authority -> !"PASSWORD_EXPIRED".equals(authority.getAuthority()))
			.collect(java.util.stream.Collectors.toList());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	/** The account page with {@code errors} by field; also rendered by {@link AccountApiTokenController}. */
	String page(KyoyuPrincipal user, Model model, Map<String, ?> errors) {
		model.addAttribute("account", identity.get(user.userId()));
		model.addAttribute("expired", passwords.passwordExpired(user.userId()));
		model.addAttribute("passwordRules", passwords.passwordRules());
		model.addAttribute("errors", errors);
		model.addAttribute("dateStyle", dateStyles.of(user.userId()).name());
		model.addAttribute("dateStyles", DateStyle.values());
		return "identity/account";
	}
}
