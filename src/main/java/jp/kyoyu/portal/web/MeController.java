package jp.kyoyu.portal.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectSummary;

/** {@code GET /api/v1/me}: who the caller is and which projects they take part in (C8.2), for scripts and apps. */
@RestController
class MeController {

	private final IdentityManagement identity;

	private final ProjectManagement projects;

	MeController(IdentityManagement identity, ProjectManagement projects) {
		this.identity = identity;
		this.projects = projects;
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal KyoyuPrincipal user) {
		UserAccount account = identity.get(user.userId());
		return new Me(account.userId(), account.name(), account.email(), account.side(),
				projects.projectsOf(user.userId()));
	}

	record Me(String userId, String name, String email, Side side, List<ProjectSummary> projects) {
	}
}
