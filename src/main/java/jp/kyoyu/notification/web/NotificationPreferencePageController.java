package jp.kyoyu.notification.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.notification.Notice;
import jp.kyoyu.notification.NotificationPreferenceManagement;
import jp.kyoyu.shared.Wording;

/**
 * The logged-in user's own choice of mail notices (C4.19), linked from the account page. Checkboxes: a kind
 * that is not ticked is switched off; kinds this form does not know are not sent by browsers, so none is lost.
 */
@Controller
class NotificationPreferencePageController {

	private final NotificationPreferenceManagement preferences;

	NotificationPreferencePageController(NotificationPreferenceManagement preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/account/notifications")
	String page(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("preferences", preferences.of(user.userId()));
		return "notification/preferences";
	}

	@PostMapping("/account/notifications")
	String save(@AuthenticationPrincipal KyoyuPrincipal user,
			@RequestParam(name = "notices", required = false) List<String> ticked,
			@RequestParam(name = "importantOnly", defaultValue = "false") boolean importantOnly,
			RedirectAttributes redirect) {
		List<String> on = ticked == null ? List.of() : ticked;
		Map<Notice, Boolean> receive = new EnumMap<>(Notice.class);
		for (Notice notice : Notice.values()) {
			receive.put(notice, on.contains(notice.name()));
		}
		preferences.change(user.userId(), receive, importantOnly);
		redirect.addFlashAttribute("notice", Wording.of("notification.preferences.saved"));
		return "redirect:/account/notifications";
	}
}
