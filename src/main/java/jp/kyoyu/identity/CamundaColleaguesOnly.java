package jp.kyoyu.identity;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda lets both side groups READ every user record ({@link CamundaGroups}: Tasklist shows names only to who
 * may read them), so its user resource listed every user's name to everyone: a contractor saw all of the agency's
 * staff and the other way round. Kyoyu shows a person to the people who work with them; so a non-administrator is
 * answered only the users who share a project with them, and themself ({@link Colleagues}), whichever door the call
 * comes through:
 * <ul>
 * <li>{@code user} and {@code user/count}: the query is narrowed to those ids ({@link ColleagueQuery}), so paging
 * and counts stay right;</li>
 * <li>{@code user/{id}/...} ({@code profile}) of anybody else: 404, as for a user who does not exist;</li>
 * <li>{@code identity/groups?userId=}: 404 for anybody else; the group members it lists are narrowed the same way.</li>
 * </ul>
 * Administrators (ADMIN WRITE) see everyone: Camunda Admin lists users for them.
 */
class CamundaColleaguesOnly extends OncePerRequestFilter {

	private final FeatureRights rights;

	private final Colleagues colleagues;

	private final IdentityTexts texts;

	private final ObjectMapper json = new ObjectMapper();

	CamundaColleaguesOnly(FeatureRights rights, Colleagues colleagues, IdentityTexts texts) {
		this.rights = rights;
		this.colleagues = colleagues;
		this.texts = texts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CamundaPath path = CamundaPath.of(request);
		String caller = request.getRemoteUser();
		if (path.door() != CamundaPath.Door.ENGINE || !CamundaPath.reads(request) || caller == null
				|| !aboutUsers(path) || rights.allows(caller, Feature.ADMIN, AccessLevel.WRITE)) {
			chain.doFilter(request, response);
			return;
		}
		Set<String> visible = new HashSet<>(colleagues.of(caller));
		visible.add(caller);
		String resource = path.resource();
		if ("user".equals(resource) || "user/count".equals(resource)) {
			ColleagueQuery.answer(request, response, chain, visible, "user/count".equals(resource));
		}
		else if ("identity/groups".equals(resource)) {
			groupsOf(request, response, chain, visible);
		}
		else if (visible.contains(userIdIn(CamundaPath.resourceAsSent(request)))) {
			chain.doFilter(request, response);
		}
		else {
			notFound(request, response);
		}
	}

	private static boolean aboutUsers(CamundaPath path) {
		return "user".equals(path.root()) || "identity/groups".equals(path.resource());
	}

	/** A user's groups and the members of those groups (Camunda's {@code GroupInfoDto}), only colleagues. */
	private void groupsOf(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			Set<String> visible) throws ServletException, IOException {
		if (!visible.contains(request.getParameter("userId"))) {
			notFound(request, response);
			return;
		}
		ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, cached);
		JsonNode answer = cached.getStatus() == 200 ? json.readTree(cached.getContentAsByteArray()) : null;
		if (answer != null && answer.path("groupUsers") instanceof ArrayNode members) {
			members.removeIf(member -> !visible.contains(member.path("id").asText()));
			cached.resetBuffer();
			cached.getOutputStream().write(json.writeValueAsBytes(answer));
		}
		cached.copyBodyToResponse();
	}

	/** As Camunda answers for a user that does not exist: nothing tells the caller whether it does. */
	private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		CamundaRefusal.write(request, response, HttpServletResponse.SC_NOT_FOUND, texts.get("camunda.error.404"));
	}

	/** {@code genba} of {@code user/genba/profile}. */
	private static String userIdIn(String resource) {
		String[] segments = resource.split("/");
		return segments.length > 1 ? segments[1] : "";
	}
}
