package jp.kyoyu.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Basic credentials sent along with a logged-in session are checked, not waved through. Spring's Basic filter
 * skips the check when the session already holds a user of the same name, so a wrong password "worked" as long
 * as the session cookie came along. Forgetting the session's user for this one request (the session itself is
 * left alone) makes the Basic filter check the password: wrong → 401.
 */
class BasicOverSessionFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (usesBasicAuth(request)) {
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

	static boolean usesBasicAuth(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}
}
