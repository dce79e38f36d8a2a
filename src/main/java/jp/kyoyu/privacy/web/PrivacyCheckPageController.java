package jp.kyoyu.privacy.web;

import java.security.Principal;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.privacy.PersonalDataGuard;
import jp.kyoyu.privacy.SensitiveKind;
import jp.kyoyu.shared.Wording;

/**
 * G-2's switches as an administrator page (under {@code /admin}, so ADMIN WRITE is required): one switch per kind.
 * It goes through the same {@link PersonalDataGuard#change} as the API, so a change is audited the same way.
 */
@Controller
class PrivacyCheckPageController {

	private final PersonalDataGuard guard;

	PrivacyCheckPageController(PersonalDataGuard guard) {
		this.guard = guard;
	}

	@GetMapping("/admin/personal-data-checks")
	String page(Model model) {
		model.addAttribute("settings", guard.settings());
		return "privacy/checks";
	}

	/**
	 * One kind per submit ({@code kind}, {@code enabled}): a checkbox form would switch off every kind a browser
	 * leaves out, and each button states exactly what it changes.
	 */
	@PostMapping("/admin/personal-data-checks")
	String change(@RequestParam String kind, @RequestParam boolean enabled, Principal user,
			RedirectAttributes redirect) {
		SensitiveKind chosen = null;
		for (SensitiveKind each : SensitiveKind.values()) {
			if (each.name().equals(kind)) {
				chosen = each;
			}
		}
		if (chosen == null) {
			redirect.addFlashAttribute("error", Wording.of("privacy.unknown-kind", kind));
			return "redirect:/admin/personal-data-checks";
		}
		Map<SensitiveKind, Boolean> wanted = new EnumMap<>(SensitiveKind.class);
		wanted.put(chosen, enabled);
		guard.change(wanted, user.getName());
		redirect.addFlashAttribute("notice",
				Wording.of(enabled ? "privacy.enabled" : "privacy.disabled", chosen.shownLabel()));
		return "redirect:/admin/personal-data-checks";
	}
}
