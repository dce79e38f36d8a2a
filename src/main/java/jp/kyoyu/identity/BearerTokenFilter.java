package jp.kyoyu.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.kyoyu.shared.web.ApiProblems;

/**
 * {@code Authorization: Bearer kyoyu_…} on the JSON API, the engine REST API and the actuator: the token's holder
 * for this request only (no session is made or touched), with the holder's current authorities; Camunda's engine
 * REST API reads the same user from {@code request.getUserPrincipal()} ({@link CamundaLoginBridge}). A token that
 * does not work is a 401 with a Japanese problem, never a fall-back to the session: a script must learn that its
 * token stopped working. Registered in the security chain only (SecurityConfiguration), not as a servlet filter.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private final ApiTokens tokens;

	private final RequestAttributeSecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !usesBearerToken(request) || !acceptsTokens(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip();
		UserAccount holder;
		try {
			holder = tokens.authenticate(secret);
		}
		catch (ApiTokens.RefusedToken refused) {
			SecurityContextHolder.clearContext();
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Kyoyu\", error=\"invalid_token\"");
			ApiProblems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, refused.getMessage());
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(
				new KyoyuPrincipal(holder.userId(), holder.name(), holder.side()),
				PermissionManagement.authoritiesOf(holder)));
		SecurityContextHolder.setContext(context);
		requestOnly.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

	static boolean usesBearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
	}

	/**
	 * Tokens are for machines: the JSON API, engine REST and the actuator (a Prometheus scraper). Pages and the
	 * Camunda webapps stay with the session a person logs into.
	 */
	static boolean acceptsTokens(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/")
				|| path.startsWith("/v3/api-docs");
	}
}
