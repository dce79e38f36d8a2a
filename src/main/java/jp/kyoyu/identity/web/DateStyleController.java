package jp.kyoyu.identity.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.DateStylePreference;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.DateStyle;
import jp.kyoyu.shared.Wording;

/**
 * 西暦 or 和暦 on the account page (issue #22). Only the two offered values are taken: anything else (a tampered
 * form) comes back as a Japanese message beside the choice, and the earlier choice stays.
 */
@Controller
class DateStyleController {

	private final DateStylePreference preference;

	DateStyleController(DateStylePreference preference) {
		this.preference = preference;
	}

	@PostMapping("/account/date-style")
	String choose(@AuthenticationPrincipal KyoyuPrincipal user, @RequestParam(required = false) String dateStyle,
			RedirectAttributes redirect) {
		DateStyle style = offered(dateStyle);
		if (style == null) {
			redirect.addFlashAttribute("dateStyleErrors", List.of(Wording.of("account.dateStyle.error.unknown")));
			return "redirect:/account#date-style";
		}
		preference.choose(user.userId(), style);
		redirect.addFlashAttribute("notice",
				Wording.of("account.dateStyle.notice", Wording.of("account.dateStyle.name." + style.name())));
		return "redirect:/account#date-style";
	}

	private static DateStyle offered(String value) {
		for (DateStyle style : DateStyle.values()) {
			if (style.name().equals(value)) {
				return style;
			}
		}
		return null;
	}
}
