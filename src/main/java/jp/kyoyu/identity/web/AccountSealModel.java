package jp.kyoyu.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.identity.SealImages;

/**
 * Tells the account page whether the caller uploaded a seal, kept apart from {@link AccountController} so the
 * seal and the password parts of the page change independently.
 */
@ControllerAdvice(assignableTypes = { AccountController.class, AccountApiTokenController.class })
class AccountSealModel {

	private final SealImages seals;

	AccountSealModel(SealImages seals) {
		this.seals = seals;
	}

	@ModelAttribute("sealUploaded")
	boolean sealUploaded(@AuthenticationPrincipal KyoyuPrincipal user) {
		return user != null && seals.uploaded(user.userId()).isPresent();
	}
}
