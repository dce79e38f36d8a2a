package jp.kyoyu.identity;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.web.ApiProblems;

/**
 * One login for everything (G-1, C8.2): the portal's form login puts the user into the HTTP session, and the
 * Camunda webapps and engine REST API take the same user from it ({@link CamundaLoginBridge}). Scripts and
 * tests use HTTP Basic or a personal API token ({@link BearerTokenFilter}) on {@code /api/v1/**} and
 * {@code /engine-rest/**}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	/** Session attribute with the user id of the last failed login, for the login form. */
	public static final String LAST_USER_ID = "KYOYU_LAST_USER_ID";

	/**
	 * Kyoyu's pages load scripts only from their own origin, never inline (behaviours live in /js/*.js, so an
	 * injected script cannot run); inline style attributes stay allowed, a far smaller risk. The Camunda webapps
	 * send their own policy (nonce-based, camunda.bpm.webapp.header-security), so this one is not added there:
	 * two policies would both apply and the stricter one would break Tasklist and Cockpit.
	 */
	static final String PORTAL_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * A document's file shown inline (PDF, image) may be framed by Kyoyu's own pages, and only by them: the
	 * side-by-side view (本文5(4)) shows two files in one window. Every other answer stays unframable
	 * (docs/security.md, "Framing").
	 */
	static final String INLINE_FILE_CSP = PORTAL_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

	/** Nothing in Kyoyu uses the camera, microphone, location, payment or USB; a page injected into it may not. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/**
	 * Every logged-in session of every node, read from the shared session table by user id, so disabling a user
	 * ends theirs wherever they are ({@link SessionTermination}); an expired one sends its next request, on any
	 * node, to the login page with the reason.
	 */
	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
			FeatureAuthorization featureRights, ApiTokens apiTokens) throws Exception {
		RequestMatcher machineClients = request -> isMachinePath(request);
		// KyoyuAuthenticationProvider is the global provider; adding it here too would run it twice per failed
		// login (local manager, then its parent) and count every failure double.
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/error/**", "/actuator/health", "/actuator/health/**",
						"/css/**", "/js/**", "/images/**", "/favicon.ico", "/calendar/feed/**",
						"/password/set")
				.permitAll()
				// A login, and the current function rights each module declares (administration included).
				.anyRequest().access(featureRights))
			.formLogin(form -> form.loginPage("/login").failureHandler(keepingTypedUserId()).permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(jsonEntryPoint()))
			// Only the form login puts the user into the HTTP session; HTTP Basic and API tokens stay per request.
			.securityContext(context -> context.securityContextRepository(new SessionlessBasicRepository()))
			.sessionManagement(session -> session.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
				.deleteCookies("JSESSIONID"))
			// Camunda's webapps bring their own CSRF protection (X-XSRF-TOKEN). A pure Basic client has no
			// logged-in session a forged page could ride on; a request that carries one is checked whatever else
			// it carries, since a browser adds a cached Basic header to a forged request just as it adds the cookie.
			// A Bearer token is never added by a browser on its own (unlike a cookie or a cached Basic header), so a
			// forged cross-site request cannot carry one: token requests need no CSRF token, session cookie or not.
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::isCamundaWebappApi,
					SecurityConfiguration::isSessionlessBasicClient, SecurityConfiguration::isApiTokenClient))
			.addFilterBefore(new BasicOverSessionFilter(), BasicAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(apiTokens), BasicAuthenticationFilter.class)
			.headers(headers -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						request -> !isCamundaWebapp(request) && !isInlineDocumentFile(request),
						new ContentSecurityPolicyHeaderWriter(PORTAL_CSP)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SecurityConfiguration::isInlineDocumentFile,
						new ContentSecurityPolicyHeaderWriter(INLINE_FILE_CSP)))
				.frameOptions(frames -> frames.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						request -> !isInlineDocumentFile(request), new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SecurityConfiguration::isInlineDocumentFile,
						new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
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
		// Actuator: a scraper without credentials gets 401 with the Basic challenge, not the login page.
		return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")
				|| path.startsWith("/v3/api-docs") || path.startsWith("/actuator/");
	}

	private static boolean isCamundaWebapp(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/camunda/");
	}

	/** {@code /api/v1/documents/{id}/files/{fileId}?inline=true}: the one answer Kyoyu's pages may frame. */
	static boolean isInlineDocumentFile(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.matches("/api/v1/documents/[0-9]+/files/[0-9]+") && "true".equals(request.getParameter("inline"));
	}

	private static boolean isCamundaWebappApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/camunda/api/");
	}

	private static boolean isSessionlessBasicClient(HttpServletRequest request) {
		return BasicOverSessionFilter.usesBasicAuth(request) && !carriesLoggedInSession(request);
	}

	private static boolean isApiTokenClient(HttpServletRequest request) {
		return BearerTokenFilter.usesBearerToken(request) && BearerTokenFilter.acceptsTokens(request);
	}

	/**
	 * Only a session someone is logged into is worth forging a request on. A cookie of an ended session, or of
	 * an anonymous one (Spring keeps the page an anonymous request asked for in a session), is none: a script
	 * with a cookie jar keeps working without a token.
	 */
	private static boolean carriesLoggedInSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
				&& context.getAuthentication() != null && context.getAuthentication().isAuthenticated();
	}

	private static AuthenticationEntryPoint jsonEntryPoint() {
		return (request, response, exception) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Kyoyu\", charset=\"UTF-8\"");
			String message = exception.getMessage() != null && !exception.getMessage().startsWith("Full authentication")
					? exception.getMessage() : "ログインが必要です。ユーザーIDとパスワードで認証してください。";
			ApiProblems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, message);
		};
	}

	private static AccessDeniedHandler jsonAccessDenied() {
		return (request, response, exception) -> ApiProblems.write(request, response, HttpServletResponse.SC_FORBIDDEN,
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
}
