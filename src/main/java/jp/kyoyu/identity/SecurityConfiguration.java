package jp.kyoyu.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jp.kyoyu.shared.ForbiddenException;

/**
 * One login for everything (G-1, C8.2): the portal's form login puts the user into the HTTP session, and the
 * Camunda webapps and engine REST API take the same user from it ({@link CamundaLoginBridge}). Scripts and
 * tests use HTTP Basic on {@code /api/v1/**} and {@code /engine-rest/**}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	/** Session attribute with the user id of the last failed login, for the login form. */
	public static final String LAST_USER_ID = "KYOYU_LAST_USER_ID";

	/** Knows every logged-in session, so disabling a user can end theirs ({@link SessionTermination}). */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
			FeatureAuthorization featureRights) throws Exception {
		RequestMatcher machineClients = request -> isMachinePath(request);
		// KyoyuAuthenticationProvider is the global provider; adding it here too would run it twice per failed
		// login (local manager, then its parent) and count every failure double.
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/error/**", "/actuator/health", "/actuator/health/**",
						"/css/**", "/js/**", "/images/**", "/favicon.ico", "/calendar/feed/**")
				.permitAll()
				// A login, and the current function rights each module declares (administration included).
				.anyRequest().access(featureRights))
			.formLogin(form -> form.loginPage("/login").failureHandler(keepingTypedUserId()).permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(jsonEntryPoint()))
			.sessionManagement(session -> session.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
				.deleteCookies("JSESSIONID"))
			// Camunda's webapps bring their own CSRF protection (X-XSRF-TOKEN); Basic clients send no session
			// cookie a forged page could ride on. Session calls to the JSON API still need the CSRF token.
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::isCamundaWebappApi,
					SecurityConfiguration::usesBasicAuth))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(jsonEntryPoint(), machineClients)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						request -> true)
				.defaultAccessDeniedHandlerFor(jsonAccessDenied(), machineClients)
				.defaultAccessDeniedHandlerFor(pageAccessDenied(), request -> true));
		return http.build();
	}

	/** A failed login shows the form again with the user id as typed (only the password is cleared). */
	private static AuthenticationFailureHandler keepingTypedUserId() {
		SimpleUrlAuthenticationFailureHandler redirect = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, exception) -> {
			String typed = request.getParameter("username");
			if (typed != null && typed.length() <= 64) {
				request.getSession().setAttribute(LAST_USER_ID, typed);
			}
			redirect.onAuthenticationFailure(request, response, exception);
		};
	}

	private static boolean isMachinePath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")
				|| path.startsWith("/v3/api-docs");
	}

	private static boolean isCamundaWebappApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/camunda/api/");
	}

	private static boolean usesBasicAuth(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

	private static AuthenticationEntryPoint jsonEntryPoint() {
		return (request, response, exception) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Kyoyu\", charset=\"UTF-8\"");
			String message = exception.getMessage() != null && !exception.getMessage().startsWith("Full authentication")
					? exception.getMessage() : "ログインが必要です。ユーザーIDとパスワードで認証してください。";
			writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, message);
		};
	}

	private static AccessDeniedHandler jsonAccessDenied() {
		return (request, response, exception) -> writeJson(response, HttpServletResponse.SC_FORBIDDEN,
				FeatureAuthorization.refusalMessage(exception)
					.orElse("この操作を行う権限がありません。必要な場合はシステム管理者に権限の付与を依頼してください。"));
	}

	private static AccessDeniedHandler pageAccessDenied() {
		AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			FeatureAuthorization.refusalMessage(exception)
				.ifPresent(message -> request.setAttribute(ForbiddenException.REFUSAL_MESSAGE, message));
			handler.handle(request, response, exception);
		};
	}

	private static void writeJson(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"");
		response.getWriter().write("{\"errors\":[{\"field\":null,\"message\":\"" + escaped + "\"}]}");
	}
}
