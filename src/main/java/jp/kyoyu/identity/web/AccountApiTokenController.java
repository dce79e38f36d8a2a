package jp.kyoyu.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.ApiTokens;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.web.FormErrors;

/**
 * Making and revoking one's own API tokens on the account page (issue #21). A new token's secret is shown in the
 * answer to the POST itself, not after a redirect: a redirect would carry it in a flash attribute, which is kept in
 * the HTTP session, and sessions are stored in the database (Spring Session JDBC) — the one copy of the secret
 * must not land there. The answer is {@code no-store} so no cache keeps it either.
 */
@Controller
class AccountApiTokenController {

	private final ApiTokens tokens;

	private final AccountController account;

	private final IdentityPageTexts texts;

	AccountApiTokenController(ApiTokens tokens, AccountController account, IdentityPageTexts texts) {
		this.tokens = tokens;
		this.account = account;
		this.texts = texts;
	}

	@PostMapping("/account/api-tokens")
	String create(@AuthenticationPrincipal KyoyuPrincipal user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String validDays, Model model, HttpServletResponse response) {
		model.addAttribute("typedTokenName", name);
		model.addAttribute("typedValidDays", validDays);
		try {
			ApiTokens.Issued issued = tokens.create(user.userId(), name, days(validDays), user.userId());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("newApiToken", issued);
			model.addAttribute("typedTokenName", "");
			model.addAttribute("typedValidDays", "");
			model.addAttribute("apiTokens", tokens.of(user.userId()));
			return account.page(user, model, Map.of());
		}
		catch (InvalidInputException e) {
			return account.page(user, model, FormErrors.byField(e.problems()));
		}
	}

	@PostMapping("/account/api-tokens/{tokenId}/revoke")
	String revoke(@AuthenticationPrincipal KyoyuPrincipal user, @PathVariable long tokenId,
			RedirectAttributes redirect) {
		String name = tokens.of(user.userId()).stream().filter(token -> token.id() == tokenId).findFirst()
			.map(token -> token.name()).orElse("");
		tokens.revoke(user.userId(), tokenId, user.userId());
		redirect.addFlashAttribute("notice", texts.get("account.apiTokens.notice.revoked", name));
		return "redirect:/account#api-tokens";
	}

	/** Empty is the default validity; anything else must be a whole number of days (else the range message). */
	static Integer days(String typed) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}
}
