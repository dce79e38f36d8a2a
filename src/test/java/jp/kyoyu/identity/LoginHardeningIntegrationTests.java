package jp.kyoyu.identity;

import static jp.kyoyu.support.BrowserlessClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

import jp.kyoyu.support.BrowserlessClient;

/** Logins that tell nothing about which ids exist, and a lockout that parallel guesses cannot outrun. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginHardeningIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	static final String USER_PASSWORD = "Sakura-no-hana-2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	IdentityManagement identity;

	@Autowired
	PasswordManagement passwords;

	@Autowired
	IdentityTexts texts;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Clock clock;

	@Autowired
	LoginMetrics metrics;

	/**
	 * Tests hash with 1,000 PBKDF2 iterations, too cheap to tell the two paths apart; this test builds the
	 * provider with production strength and stores the known user's hash with it, over the real engine and
	 * database, so a path that skips the hash shows as a ratio far below 0.5.
	 */
	@Test
	void aWrongPasswordCostsTheSameForAnUnknownIdAsForAKnownOne() {
		SecuritySettings strong = new SecuritySettings(new SecuritySettings.Password(12, 5, null, 310000),
				new SecuritySettings.Lockout(5, Duration.ofMinutes(15)));
		Pbkdf2PasswordHasher strongHasher = new Pbkdf2PasswordHasher(strong);
		KyoyuAuthenticationProvider provider = new KyoyuAuthenticationProvider(identityService, identity, passwords,
				throttle, events, clock, strongHasher, texts, metrics);
		String known = newUser();
		jdbc.update("update ACT_ID_USER set PWD_ = ? where ID_ = ?",
				"{" + CamundaIdentityPlugin.ALGORITHM_NAME + "}" + strongHasher.hash("any-password-at-all"), known);

		List<Long> knownMillis = new ArrayList<>();
		List<Long> unknownMillis = new ArrayList<>();
		timeFailedLogin(provider, known);
		timeFailedLogin(provider, "nobody" + UUID.randomUUID().toString().substring(0, 8));
		for (int i = 0; i < 15; i++) {
			throttle.unlock(known);
			knownMillis.add(timeFailedLogin(provider, known));
			unknownMillis.add(timeFailedLogin(provider, "nobody" + UUID.randomUUID().toString().substring(0, 8)));
		}
		double ratio = (double) median(unknownMillis) / Math.max(1, median(knownMillis));
		assertThat(ratio).as("unknown %s ms vs known %s ms", unknownMillis, knownMillis).isBetween(0.5, 2.0);
	}

	@Test
	void fortyParallelWrongPasswordsCountExactlyFiveAndTheRightOneIsRefusedWhileLocked() throws Exception {
		String userId = newUser();
		HttpClient http = HttpClient.newHttpClient();
		List<CompletableFuture<HttpResponse<String>>> guesses = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			guesses.add(http.sendAsync(basic(url("/api/v1/projects"), userId, "wrong-guess-number-" + i).GET().build(),
					HttpResponse.BodyHandlers.ofString()));
		}
		int wrong = 0;
		int locked = 0;
		for (CompletableFuture<HttpResponse<String>> guess : guesses) {
			HttpResponse<String> answer = guess.get();
			assertThat(answer.statusCode()).isEqualTo(401);
			wrong += answer.body().contains("ユーザーIDまたはパスワードが正しくありません") ? 1 : 0;
			locked += answer.body().contains("一時的にロックしています") ? 1 : 0;
		}
		assertThat(wrong).as("failures answered as a wrong password before the lock").isEqualTo(4);
		assertThat(locked).as("the fifth failure locks, the other 35 are refused as locked").isEqualTo(36);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'login.failed' and actor = ?"
				+ " and detail = 'ユーザーIDまたはパスワードの誤り'", Integer.class, userId))
			.as("wrong passwords counted").isEqualTo(5);

		HttpResponse<String> right = http.send(basic(url("/api/v1/projects"), userId, USER_PASSWORD).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(right.statusCode()).isEqualTo(401);
		assertThat(right.body()).contains("一時的にロックしています");
	}

	@Test
	void parallelRequestsWithTheRightPasswordAreNotLockedOut() throws Exception {
		String userId = newUser();
		HttpClient http = HttpClient.newHttpClient();
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			calls.add(http.sendAsync(basic(url("/api/v1/projects"), userId, USER_PASSWORD).GET().build(),
					HttpResponse.BodyHandlers.ofString()));
		}
		for (CompletableFuture<HttpResponse<String>> call : calls) {
			assertThat(call.get().statusCode()).isEqualTo(200);
		}
	}

	@Test
	void changingOnesOwnPasswordEndsTheOtherSessionsButKeepsThisOne() {
		String userId = newUser();
		BrowserlessClient here = new BrowserlessClient(port);
		here.login(userId, USER_PASSWORD);
		BrowserlessClient elsewhere = new BrowserlessClient(port);
		elsewhere.login(userId, USER_PASSWORD);
		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

		HttpResponse<String> changed = here.submit("/account", "/account/password",
				"currentPassword=" + USER_PASSWORD + "&newPassword=Momiji-no-aki-2026&confirmPassword=Momiji-no-aki-2026");
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/account");

		assertThat(here.get("/account").statusCode()).isEqualTo(200);
		HttpResponse<String> other = elsewhere.get("/account");
		assertThat(other.statusCode()).isEqualTo(302);
		assertThat(other.headers().firstValue("Location").orElseThrow()).contains("/login");
	}

	@Test
	void anAdministratorsResetEndsEverySessionOfTheUser() {
		String userId = newUser();
		BrowserlessClient first = new BrowserlessClient(port);
		first.login(userId, USER_PASSWORD);
		BrowserlessClient second = new BrowserlessClient(port);
		second.login(userId, USER_PASSWORD);

		HttpResponse<String> reset = new BrowserlessClient(port).send(basic(
				url("/api/v1/admin/users/" + userId + "/password"), "admin", PASSWORD)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"Momiji-no-aki-2026\"}"))
			.build());
		assertThat(reset.statusCode()).isEqualTo(204);

		assertThat(first.get("/account").statusCode()).isEqualTo(302);
		assertThat(second.get("/account").statusCode()).isEqualTo(302);
	}

	private long timeFailedLogin(KyoyuAuthenticationProvider provider, String userId) {
		long start = System.nanoTime();
		try {
			provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(userId, "not-the-password-1"));
			throw new AssertionError("a wrong password was accepted for " + userId);
		}
		catch (AuthenticationException expected) {
			return (System.nanoTime() - start) / 1_000_000;
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private String newUser() {
		String userId = "lh" + UUID.randomUUID().toString().substring(0, 8);
		String json = """
				{"userId":"%s","name":"試験 太郎","email":"%s@example.jp","password":"%s","side":"CONTRACTOR"}"""
			.formatted(userId, userId, USER_PASSWORD);
		HttpResponse<String> created = new BrowserlessClient(port).send(basic(url("/api/v1/admin/users"), "admin",
				PASSWORD).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return userId;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
