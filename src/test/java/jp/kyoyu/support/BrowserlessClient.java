package jp.kyoyu.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cookie-keeping HTTP client that logs in the way a browser does (login page, CSRF token, form post), for
 * tests of the real server over HTTP. Redirects are not followed, so tests can see them.
 */
public final class BrowserlessClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	/** What a browser asks for, so error answers come as pages, as a user would see them. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

	private final String base;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	public BrowserlessClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
	}

	/** The session cookie's value after {@link #login}, for a request a test writes by hand on a socket. */
	public String sessionId() {
		return cookies.getCookieStore().getCookies().stream()
			.filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("not logged in"))
			.getValue();
	}

	/** The session's cookies as a {@code Cookie} header, for a request sent by other means than this client. */
	public String cookieHeader() {
		return cookies.getCookieStore().get(URI.create(base)).stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
	}

	/** Logs in through the form; answers the redirect target (or the page on failure). */
	public HttpResponse<String> login(String userId, String password) {
		String token = csrfToken(get("/login").body());
		return postForm("/login", "username=" + encode(userId) + "&password=" + encode(password) + "&_csrf="
				+ encode(token));
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", BROWSER_ACCEPT).GET().build());
	}

	/** A download (Excel, PDF) as its bytes. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public HttpResponse<String> postForm(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", BROWSER_ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** A form post carrying the CSRF token of the page at {@code formPage}. */
	public HttpResponse<String> submit(String formPage, String path, String body) {
		String token = csrfToken(get(formPage).body());
		return postForm(path, body + "&_csrf=" + encode(token));
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public String url(String path) {
		return base + path;
	}

	/** A JSON request with HTTP Basic credentials (no session, no CSRF token), as scripts send it. */
	public static HttpRequest.Builder basic(String url, String userId, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json");
	}

	public static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page:\n" + html);
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
