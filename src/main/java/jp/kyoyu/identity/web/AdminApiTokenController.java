package jp.kyoyu.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.ApiTokenView;
import jp.kyoyu.identity.ApiTokens;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.web.FormErrors;

/**
 * An administrator makes and revokes a service account's API tokens on the user's page (issue #21); the same as the
 * account page does for oneself ({@link AccountApiTokenController}, which says why the secret is shown in the POST's
 * own answer). Administration WRITE, as everything under {@code /admin/users} (AdministrationRights).
 */
@Controller
class AdminApiTokenController {

	private final ApiTokens tokens;

	private final AdminUserController users;

	private final IdentityPageTexts texts;

	AdminApiTokenController(ApiTokens tokens, AdminUserController users, IdentityPageTexts texts) {
		this.tokens = tokens;
		this.users = users;
		this.texts = texts;
	}

	@PostMapping("/admin/users/{userId}/api-tokens")
	String create(@PathVariable String userId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String validDays, @AuthenticationPrincipal KyoyuPrincipal admin,
			Model model, HttpServletResponse response) {
		model.addAttribute("typedTokenName", name);
		model.addAttribute("typedValidDays", validDays);
		try {
			ApiTokens.Issued issued = tokens.create(userId, name, AccountApiTokenController.days(validDays),
					admin.userId());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("newApiToken", issued);
			model.addAttribute("typedTokenName", "");
			model.addAttribute("typedValidDays", "");
			model.addAttribute("apiTokens", tokens.of(userId));
		}
		catch (InvalidInputException e) {
			model.addAttribute("apiTokenErrors", FormErrors.byField(e.problems()));
		}
		return users.edit(userId, model);
	}

	@PostMapping("/admin/users/{userId}/api-tokens/{tokenId}/revoke")
	String revoke(@PathVariable String userId, @PathVariable long tokenId,
			@AuthenticationPrincipal KyoyuPrincipal admin, RedirectAttributes redirect) {
		List<ApiTokenView> held = tokens.of(userId);
		String name = held.stream().filter(token -> token.id() == tokenId).findFirst().map(ApiTokenView::name)
			.orElse("");
		tokens.revoke(userId, tokenId, admin.userId());
		redirect.addFlashAttribute("notice", texts.get("account.apiTokens.notice.revoked", name));
		return "redirect:/admin/users/" + userId + "#api-tokens";
	}
}
