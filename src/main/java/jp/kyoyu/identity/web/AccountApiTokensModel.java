package jp.kyoyu.identity.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jp.kyoyu.identity.ApiTokenView;
import jp.kyoyu.identity.ApiTokens;
import jp.kyoyu.identity.KyoyuPrincipal;

/** The caller's API tokens and the validity limits for the account page's token card (issue #21). */
@ControllerAdvice(assignableTypes = { AccountController.class, AccountApiTokenController.class })
class AccountApiTokensModel {

	private final ApiTokens tokens;

	AccountApiTokensModel(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@ModelAttribute("apiTokens")
	List<ApiTokenView> apiTokens(@AuthenticationPrincipal KyoyuPrincipal user) {
		return user == null ? List.of() : tokens.of(user.userId());
	}

	@ModelAttribute("apiTokenValidity")
	ApiTokens.Validity validity() {
		return tokens.validity();
	}
}
