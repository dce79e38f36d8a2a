package jp.kyoyu.identity;

import java.io.IOException;
import java.util.List;

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

/**
 * When an installation sets a maximum password age and a user's password is older, the login carries
 * {@link #EXPIRED} and every page leads to the password change until it is done.
 */
@Component
class PasswordExpiryFilter extends OncePerRequestFilter {

	static final GrantedAuthority EXPIRED = new SimpleGrantedAuthority("PASSWORD_EXPIRED");

	private static final List<String> ALLOWED = List.of("/account", "/logout", "/login", "/css/", "/js/", "/error");

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
				response.getWriter().write("{\"errors\":[{\"field\":null,\"message\":\"パスワードの有効期限が切れています。"
						+ "ポータルの「アカウント」画面で新しいパスワードを設定してください。\"}]}");
				return;
			}
			response.sendRedirect(request.getContextPath() + "/account");
			return;
		}
		chain.doFilter(request, response);
	}
}
