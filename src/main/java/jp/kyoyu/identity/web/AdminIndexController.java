package jp.kyoyu.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration menu. */
@Controller
class AdminIndexController {

	@GetMapping("/admin")
	String index() {
		return "identity/admin";
	}
}
