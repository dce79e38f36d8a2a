package jp.kyoyu.identity;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kyoyu.shared.FieldProblem;

/**
 * When an installation sets a maximum password age and a user's password is older, the login carries
 * {@link #EXPIRED} and every page leads to the password change until it is done.
 */
@Component
class PasswordExpiryFilter extends OncePerRequestFilter {

	static final GrantedAuthority EXPIRED = new SimpleGrantedAuthority("PASSWORD_EXPIRED");

	private static final List<String> ALLOWED = List.of("/account", "/logout", "/login", "/css/", "/js/", "/error");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final IdentityTexts texts;

	PasswordExpiryFilter(IdentityTexts texts) {
		this.texts = texts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean expired = authentication != null && authentication.getAuthorities().contains(EXPIRED);
		if (expired && ALLOWED.stream().noneMatch(path::startsWith)) {
			if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				response.setContentType("application/json;charset=UTF-8");
				// The JSON API's error shape, {"errors":[{"field":null,"message":...}]}.
				FieldProblem problem = new FieldProblem(null, texts.get("password.expired"));
				response.getWriter().write(JSON.writeValueAsString(Map.of("errors", List.of(problem))));
				return;
			}
			response.sendRedirect(request.getContextPath() + "/account");
			return;
		}
		chain.doFilter(request, response);
	}
}
