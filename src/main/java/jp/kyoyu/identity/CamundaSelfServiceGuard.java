package jp.kyoyu.identity;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Users, groups, memberships and tenants change only through Kyoyu's own user administration, where the password
 * policy, the password history and the audit trail apply. Camunda would let anyone change or delete their own
 * account through {@code /engine-rest} (it grants every user ALL on their own user record) and an administrator
 * through Camunda Admin, bypassing all three; so every writing call on those resources is refused here, for
 * administrators too. Reading (Tasklist and Cockpit show names) stays open. Camunda's own password check and login
 * endpoints are refused as well: they would test passwords past Kyoyu's lockout.
 */
class CamundaSelfServiceGuard extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(CamundaSelfServiceGuard.class);

	private static final Set<String> IDENTITY_RESOURCES = Set.of("user", "group", "tenant");

	private final IdentityTexts texts;

	CamundaSelfServiceGuard(IdentityTexts texts) {
		this.texts = texts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CamundaPath path = CamundaPath.of(request);
		if (changesIdentity(path, request)) {
			log.info("Refused {} {} of {}: identities change only in Kyoyu's administration", request.getMethod(),
					request.getRequestURI(), request.getRemoteUser());
			CamundaRefusal.write(request, response, HttpServletResponse.SC_FORBIDDEN,
					texts.get("camunda.refused.selfService"));
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean changesIdentity(CamundaPath path, HttpServletRequest request) {
		if (CamundaPath.reads(request)) {
			return false;
		}
		return switch (path.door()) {
			// identity/password-policy (POST checks a password against the policy) stays; identity/verify checks a
			// password without the lockout
			case ENGINE -> IDENTITY_RESOURCES.contains(path.root()) || path.resource().startsWith("identity/verify");
			// Admin's first-administrator setup, and Camunda's own login form (the one login is Kyoyu's)
			case WEBAPP -> path.resource().startsWith("admin/setup/") || path.resource().matches("admin/auth/user/[^/]+/login(/.*)?");
			case OTHER -> false;
		};
	}
}
