package jp.kyoyu.identity;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the parts of Camunda's surface that Kyoyu's users have no business with.
 * <ul>
 * <li>Messages, signals, conditions and external tasks: Kyoyu's processes and pages use none of them from a browser;
 * a correlation can reach another project's process (and Camunda's refusal named its id), so only administrators
 * may call them.</li>
 * <li>A webapp's plugin endpoints ({@code /camunda/api/cockpit/plugin/...}): Camunda only asks for a login there,
 * not for the application; they answer only users who may open that application (a contractor has no Cockpit).</li>
 * </ul>
 */
class CamundaEndpointGuard extends OncePerRequestFilter {

	private static final Set<String> ADMINISTRATORS_ONLY_RESOURCES = Set.of("message", "signal", "condition",
			"external-task");

	/** {@code cockpit/plugin/base/default/...}: app, plugin, engine; {@code .../static/...} is the plugin's code. */
	private static final Pattern PLUGIN_CALL = Pattern.compile("^(cockpit|tasklist|admin|welcome)/plugin/[^/]+/([^/]+)(/.*)?$");

	private final AuthorizationService authorizations;

	private final IdentityService identity;

	private final FeatureRights rights;

	private final IdentityTexts texts;

	CamundaEndpointGuard(AuthorizationService authorizations, IdentityService identity, FeatureRights rights,
			IdentityTexts texts) {
		this.authorizations = authorizations;
		this.identity = identity;
		this.rights = rights;
		this.texts = texts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CamundaPath path = CamundaPath.of(request);
		String userId = request.getRemoteUser();
		if (path.door() == CamundaPath.Door.ENGINE && ADMINISTRATORS_ONLY_RESOURCES.contains(path.root())
				&& !rights.allows(userId, Feature.ADMIN, AccessLevel.WRITE)) {
			CamundaRefusal.write(request, response, HttpServletResponse.SC_FORBIDDEN,
					texts.get("camunda.refused.administratorsOnly"));
			return;
		}
		if (path.door() == CamundaPath.Door.WEBAPP && userId != null) {
			Matcher plugin = PLUGIN_CALL.matcher(path.resource());
			if (plugin.matches() && !"static".equals(plugin.group(2)) && !mayUse(userId, plugin.group(1))) {
				CamundaRefusal.write(request, response, HttpServletResponse.SC_FORBIDDEN,
						texts.get("camunda.refused.noApplication"));
				return;
			}
		}
		chain.doFilter(request, response);
	}


	/** Camunda's own rule for opening the application: ACCESS on it (administrators have ALL on every one). */
	private boolean mayUse(String userId, String application) {
		List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
		return authorizations.isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION, application);
	}
}
