package jp.kyoyu.identity.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoyu.identity.SecurityConfiguration;

/** The login page; Spring Security itself handles the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
		if (error != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException e) {
			// The lockout and disabled messages say what to do; the plain failure says so too.
			model.addAttribute("loginError", e.getMessage());
			model.addAttribute("lastUsername", session.getAttribute(SecurityConfiguration.LAST_USER_ID));
		}
		return "identity/login";
	}
}
