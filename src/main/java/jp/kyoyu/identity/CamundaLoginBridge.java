package jp.kyoyu.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the Spring Security user to Camunda: Tasklist, Cockpit and Admin through Camunda's container-based
 * authentication, and the engine REST API through the same provider, so Camunda authorizations apply to the
 * logged-in user. Logging out in a Camunda webapp ends the whole session, as the portal's logout does.
 * All three filters run after Spring Security's chain.
 */
@Configuration(proxyBeanMethods = false)
class CamundaLoginBridge {

	private static final String PROVIDER_PARAM = "authentication-provider";

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappLogin() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(Map.of(PROVIDER_PARAM, ContainerBasedAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaRestLogin() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setInitParameters(Map.of(PROVIDER_PARAM, ContainerBasedAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

	/**
	 * Every request starts and ends without a Camunda user on its thread. The engine keeps the user of its calls in
	 * a thread-local on Tomcat's pooled threads, and Camunda's own login query for a request's user runs as whatever
	 * user the thread still holds: one left behind by any path would make that query find nobody for an existing
	 * user (Camunda's webapp filter then fails with a NullPointerException). No Kyoyu path is known to leave one;
	 * this makes sure none crosses from one request to the next.
	 */
	@Bean
	FilterRegistrationBean<Filter> camundaUserCleared(IdentityService identity) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			identity.clearAuthentication();
			try {
				chain.doFilter(request, response);
			}
			finally {
				identity.clearAuthentication();
			}
		});
		registration.addUrlPatterns("/*");
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<Filter> camundaWebappLogout() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new WebappLogoutFilter());
		registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/**
	 * Camunda's logout button posts here; we end the Spring session too, or the user would stay logged in. The
	 * post must carry the CSRF token Camunda's pages send (X-XSRF-TOKEN, kept in the session by Camunda's
	 * CsrfPreventionFilter): this filter answers before Camunda's own check would run, and without the token a
	 * cross-site page could log the user out of everything.
	 */
	static final class WebappLogoutFilter implements Filter {

		static final String CAMUNDA_CSRF_TOKEN = "CAMUNDA_CSRF_TOKEN";

		static final String CSRF_HEADER = "X-XSRF-TOKEN";

		@Override
		public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res,
				FilterChain chain) throws IOException, ServletException {
			HttpServletRequest request = (HttpServletRequest) req;
			HttpServletResponse response = (HttpServletResponse) res;
			if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/logout")) {
				HttpSession session = request.getSession(false);
				if (session != null && !carriesSessionToken(request, session)) {
					response.setHeader(CSRF_HEADER, "Required");
					response.sendError(HttpServletResponse.SC_FORBIDDEN, "CSRFPreventionFilter: Token provided via HTTP Header is absent/empty.");
					return;
				}
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				response.setStatus(HttpServletResponse.SC_OK);
				return;
			}
			chain.doFilter(req, res);
		}

		private static boolean carriesSessionToken(HttpServletRequest request, HttpSession session) {
			Object expected = session.getAttribute(CAMUNDA_CSRF_TOKEN);
			String sent = request.getHeader(CSRF_HEADER);
			return expected instanceof String token && sent != null && MessageDigest.isEqual(
					token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
		}
	}
}
