package jp.kyoyu.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where logins are kept: a form login in the HTTP session, an HTTP Basic login only for its request. Setting
 * maximumSessions (for {@link SessionTermination}) made Spring store every Basic login in a new session as
 * well: each cookie-less script call left a session for 8 hours, and a script with a cookie jar became a
 * logged-in session, whose POSTs need the CSRF token. Answering "already stored" for a Basic request keeps
 * Spring's session management from storing it. A request with an API token ({@link BearerTokenFilter}) is kept
 * for itself alike: a script's token never becomes a session.
 */
final class SessionlessBasicRepository implements SecurityContextRepository {

	private final RequestAttributeSecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();

	private final SecurityContextRepository sessionToo = new DelegatingSecurityContextRepository(requestOnly,
			new HttpSessionSecurityContextRepository());

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return sessionToo.loadContext(holder);
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return sessionToo.loadDeferredContext(request);
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		(forItsRequestOnly(request) ? requestOnly : sessionToo).saveContext(context, request,
				response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return forItsRequestOnly(request) || sessionToo.containsContext(request);
	}

	private static boolean forItsRequestOnly(HttpServletRequest request) {
		return BasicOverSessionFilter.usesBasicAuth(request)
				|| BearerTokenFilter.usesBearerToken(request) && BearerTokenFilter.acceptsTokens(request);
	}
}
