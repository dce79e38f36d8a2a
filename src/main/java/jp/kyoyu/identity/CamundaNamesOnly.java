package jp.kyoyu.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist and Cockpit show a person by name (「鈴木 主税」, not {@code kantoku}) only when the viewer may READ that
 * person's Camunda user record; {@link CamundaGroups} grants that to both sides' groups (issue #22). A Camunda user
 * record also carries the e-mail address, which Kyoyu's pages show to no one but the user and the administrators, so
 * for everybody else this filter takes {@code email} out of every user in the engine's answers that carry users:
 * the user resource itself ({@code user/{id}/profile}, the user list) and the HAL lists Tasklist loads, which embed
 * assignees and owners. A user is recognised by its {@code firstName}; nothing else is changed.
 */
class CamundaNamesOnly extends OncePerRequestFilter {

	private static final String EMAIL = "email";

	private final FeatureRights rights;

	private final ObjectMapper json = new ObjectMapper();

	CamundaNamesOnly(FeatureRights rights) {
		this.rights = rights;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesUsers(request) || request.getRemoteUser() == null
				|| rights.allows(request.getRemoteUser(), Feature.ADMIN, AccessLevel.WRITE)) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, cached);
		byte[] body = cached.getContentAsByteArray();
		String type = cached.getContentType();
		if (body.length > 0 && type != null && type.contains("json") && new String(body, java.nio.charset.StandardCharsets.UTF_8).contains("\"" + EMAIL + "\"")) {
			JsonNode tree = json.readTree(body);
			withoutEmails(tree);
			cached.resetBuffer();
			byte[] rewritten = json.writeValueAsBytes(tree);
			cached.getOutputStream().write(rewritten);
		}
		cached.copyBodyToResponse();
	}

	private static boolean carriesUsers(HttpServletRequest request) {
		CamundaPath path = CamundaPath.of(request);
		if (path.door() != CamundaPath.Door.ENGINE) {
			return false;
		}
		String accept = request.getHeader("Accept");
		return "user".equals(path.root()) || (accept != null && accept.contains("hal+json"));
	}

	private static void withoutEmails(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.has("firstName")) {
				object.remove(EMAIL);
			}
			object.forEach(CamundaNamesOnly::withoutEmails);
		}
		else if (node.isArray()) {
			node.forEach(CamundaNamesOnly::withoutEmails);
		}
	}
}
