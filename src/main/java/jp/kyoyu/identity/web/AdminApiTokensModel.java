package jp.kyoyu.identity.web;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import jp.kyoyu.identity.ApiTokenView;
import jp.kyoyu.identity.ApiTokens;

/** A user's API tokens and the validity limits for the token card of the administration's user page (issue #21). */
@ControllerAdvice(assignableTypes = { AdminUserController.class, AdminApiTokenController.class })
class AdminApiTokensModel {

	private final ApiTokens tokens;

	AdminApiTokensModel(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** Empty on the pages without a user (the list, the new-user form). */
	@ModelAttribute("apiTokens")
	List<ApiTokenView> apiTokens(@PathVariable(name = "userId", required = false) String userId) {
		return userId == null ? List.of() : tokens.of(userId);
	}

	@ModelAttribute("apiTokenValidity")
	ApiTokens.Validity validity() {
		return tokens.validity();
	}
}
