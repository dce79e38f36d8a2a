package jp.kyoyu.portal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.kyoyu.identity.KyoyuPrincipal;

/** The home page: the user's projects, and later their unread posts, tasks and today's events. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("user", user);
		return "portal/home";
	}
}
