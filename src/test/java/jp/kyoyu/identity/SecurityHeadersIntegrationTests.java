package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/** Content-Security-Policy, Referrer-Policy, Permissions-Policy, SameSite and Secure cookies, HSTS over HTTPS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	/** An inline script element or an on…= handler attribute, which script-src 'self' would block. */
	static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\s(th:)?on[a-z]+=\"|th:attr=\"on[a-z]+=",
			Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Test
	void portalPagesSendAStrictPolicyAndNoReferrerToOtherSites() {
		HttpResponse<String> login = new BrowserlessClient(port).get("/login");
		assertThat(login.headers().allValues("Content-Security-Policy")).containsExactly(SecurityConfiguration.PORTAL_CSP);
		assertThat(SecurityConfiguration.PORTAL_CSP).contains("script-src 'self';").contains("object-src 'none'")
			.contains("frame-ancestors 'none'");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(login.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
		assertThat(sessionCookie(login)).containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
	}

	@Test
	void overHttpsTheCookieIsSecureAndHstsIsSent() {
		HttpResponse<String> login = new BrowserlessClient(port).send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/login")).header("X-Forwarded-Proto", "https").GET().build());
		assertThat(login.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
		assertThat(sessionCookie(login)).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void camundaWebappsKeepTheirOwnSinglePolicyAndSameSiteCookies() {
		BrowserlessClient client = new BrowserlessClient(port);
		client.login("shunin", PASSWORD);
		HttpResponse<String> tasklist = client.get("/camunda/app/tasklist/default/");
		assertThat(tasklist.statusCode()).isEqualTo(200);
		List<String> policies = tasklist.headers().allValues("Content-Security-Policy");
		assertThat(policies).hasSize(1);
		assertThat(policies.get(0)).as("Camunda's nonce-based policy").contains("'nonce-")
			.isNotEqualTo(SecurityConfiguration.PORTAL_CSP);
		assertThat(tasklist.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("XSRF-TOKEN="))
			.singleElement().asString().containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void noTemplateCarriesInlineScript() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> offenders = files.filter(file -> file.toString().endsWith(".html")).flatMap(file -> {
				try {
					return Files.readAllLines(file).stream()
						.filter(line -> INLINE_SCRIPT.matcher(line).find())
						.map(line -> file + ": " + line.strip());
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
			assertThat(offenders).as("inline scripts are blocked by the Content-Security-Policy").isEmpty();
		}
		assertThat(INLINE_SCRIPT.matcher("<form onsubmit=\"return confirm('x')\">").find()).isTrue();
		assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
		assertThat(INLINE_SCRIPT.matcher("<script th:src=\"@{/js/kyoyu.js}\" defer></script>").find()).isFalse();
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
	}
}
