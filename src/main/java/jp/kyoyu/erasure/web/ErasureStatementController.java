package jp.kyoyu.erasure.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.kyoyu.erasure.ErasureManagement;
import jp.kyoyu.erasure.ErasureOverview;
import jp.kyoyu.identity.KyoyuPrincipal;

/**
 * X12 (2) 「削除したデータは再現できないことを…利用者に示す」: the statement every logged-in user can read (linked from
 * the footer of every page): what is erased, when, that it cannot be reproduced and why, what to take before, and
 * the certificates of the user's own erased projects.
 */
@Controller
class ErasureStatementController {

	private final ErasureManagement erasures;

	private final ErasureOverview overview;

	ErasureStatementController(ErasureManagement erasures, ErasureOverview overview) {
		this.erasures = erasures;
		this.overview = overview;
	}

	@GetMapping("/about/erasure")
	String statement(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		model.addAttribute("retentionDays", erasures.retentionDays());
		model.addAttribute("certificateDays", erasures.certificateDays());
		model.addAttribute("erased", overview.erasedProjectsOf(user.userId()));
		return "erasure/statement";
	}
}
