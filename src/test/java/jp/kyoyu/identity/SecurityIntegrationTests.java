package jp.kyoyu.identity;

import static jp.kyoyu.support.BrowserlessClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.support.BrowserlessClient;

/** Login, lockout, HTTP Basic, the engine REST API's authorizations, logout across portal and Camunda. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Test
	void wrongPasswordShowsJapaneseErrorOnTheLoginPage() {
		BrowserlessClient client = new BrowserlessClient(port);
		HttpResponse<String> login = client.login("kantoku", "wrong-password-123");
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		String page = client.get("/login?error").body();
		assertThat(page).contains("ユーザーIDまたはパスワードが正しくありません");
		assertThat(page).as("the typed user id is kept").contains("value=\"kantoku\"");
		assertThat(client.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void fiveFailuresLockTheAccountAndSayForHowLong() {
		String userId = newUser();
		BrowserlessClient client = new BrowserlessClient(port);
		for (int i = 0; i < 4; i++) {
			client.login(userId, "not-the-password-" + i);
		}
		assertThat(client.get("/login?error").body()).doesNotContain("一時的にロックしています").contains("5回続けて誤ると");
		client.login(userId, "not-the-password-5");
		String page = client.get("/login?error").body();
		assertThat(page).contains("アカウントを一時的にロックしています").contains("分");

		HttpResponse<String> withRightPassword = client.login(userId, "Sakura-no-hana-2026");
		assertThat(withRightPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		assertThat(client.get("/login?error").body()).contains("ロック");

		HttpResponse<String> reset = send(basic(url("/api/v1/admin/users/" + userId + "/password"), "admin", PASSWORD)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"Momiji-no-aki-2026\"}")));
		assertThat(reset.statusCode()).isEqualTo(204);
		HttpResponse<String> afterReset = new BrowserlessClient(port).login(userId, "Momiji-no-aki-2026");
		assertThat(afterReset.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	@Test
	void apiAcceptsHttpBasicAndAnswersJapaneseJsonOtherwise() {
		assertThat(send(basic(url("/api/v1/admin/users"), "admin", PASSWORD).GET()).statusCode()).isEqualTo(200);

		HttpResponse<String> wrong = send(basic(url("/api/v1/admin/users"), "admin", "nope-nope-nope").GET());
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("\"errors\"").contains("ユーザーIDまたはパスワード");

		HttpResponse<String> notAdmin = send(basic(url("/api/v1/admin/users"), "genba", PASSWORD).GET());
		assertThat(notAdmin.statusCode()).isEqualTo(403);
		assertThat(notAdmin.body()).contains("権限がありません");

		HttpResponse<String> anonymous = new BrowserlessClient(port).get("/api/v1/admin/users");
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	@Test
	void passwordPolicyIsEnforcedWithJapaneseMessages() {
		String userId = "pw" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> weak = createUser(userId, "password1234");
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("\"field\":\"password\"").contains("推測されやすいパスワード");

		HttpResponse<String> shortOne = createUser(userId, "Ab#1xyz");
		assertThat(shortOne.body()).contains("12文字以上");

		HttpResponse<String> containsId = createUser(userId, userId + "-Kawa-2026");
		assertThat(containsId.body()).contains("ユーザーIDを含める");

		assertThat(createUser(userId, "Kawa-no-nagare-2026").statusCode()).isEqualTo(201);
		HttpResponse<String> duplicate = createUser(userId, "Kawa-no-nagare-2026");
		assertThat(duplicate.statusCode()).isEqualTo(400);
		assertThat(duplicate.body()).contains("既に使われています");

		HttpResponse<String> reuse = send(basic(url("/api/v1/admin/users/" + userId + "/password"), "admin", PASSWORD)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"Kawa-no-nagare-2026\"}")));
		assertThat(reuse.statusCode()).isEqualTo(400);
		assertThat(reuse.body()).contains("直近5回");
	}

	@Test
	void passwordsAreStoredAsPbkdf2() {
		String stored = jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = 'kantoku'", String.class);
		assertThat(stored).startsWith("{PBKDF2-SHA256}");
	}

	@Test
	void malformedAndMistypedJsonGetJapanese400NotA500() {
		HttpResponse<String> broken = send(basic(url("/api/v1/admin/users"), "admin", PASSWORD)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"userId\": ")));
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).contains("JSON");

		HttpResponse<String> wrongType = send(basic(url("/api/v1/admin/users"), "admin", PASSWORD)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"x1\",\"side\":\"NEITHER\"}")));
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).contains("\"field\":\"side\"");
	}

	@Test
	void engineRestNeedsLoginAndShowsAContractorNoAgencyTask() {
		assertThat(new BrowserlessClient(port).get("/engine-rest/task").statusCode()).isEqualTo(401);

		String processKey = "securityProbe" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		repositoryService.createDeployment()
			.addModelInstance(processKey + ".bpmn", Bpmn.createExecutableProcess(processKey)
				.camundaHistoryTimeToLive(1)
				.startEvent()
				.userTask("review").camundaAssignee("kantoku")
				.endEvent()
				.done())
			.deploy();
		runtimeService.startProcessInstanceByKey(processKey);
		String taskId = taskService.createTaskQuery().processDefinitionKey(processKey).singleResult().getId();

		HttpResponse<String> supervisor = send(basic(url("/engine-rest/task?processDefinitionKey=" + processKey),
				"kantoku", PASSWORD).GET());
		assertThat(supervisor.statusCode()).isEqualTo(200);
		assertThat(supervisor.body()).contains(taskId);

		HttpResponse<String> contractor = send(basic(url("/engine-rest/task?processDefinitionKey=" + processKey),
				"genba", PASSWORD).GET());
		assertThat(contractor.statusCode()).isEqualTo(200);
		assertThat(contractor.body()).isEqualTo("[]");

		HttpResponse<String> complete = send(basic(url("/engine-rest/task/" + taskId + "/complete"), "genba", PASSWORD)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
		assertThat(complete.statusCode()).isIn(403, 404);
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
	}

	@Test
	void loggingOutOfCamundaEndsThePortalSessionToo() {
		BrowserlessClient client = new BrowserlessClient(port);
		client.login("shunin", PASSWORD);
		HttpResponse<String> tasklist = client.get("/camunda/app/tasklist/default/");
		assertThat(tasklist.statusCode()).isEqualTo(200);
		String token = camundaCsrfToken(tasklist);
		HttpResponse<String> logout = client.send(HttpRequest.newBuilder(java.net.URI.create(
				client.url("/camunda/api/admin/auth/user/default/logout"))).header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(logout.statusCode()).isEqualTo(200);
		assertThat(client.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void aCrossSitePostWithoutTheTokenDoesNotLogOutOfCamunda() {
		BrowserlessClient client = new BrowserlessClient(port);
		client.login("shunin", PASSWORD);
		assertThat(client.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		for (String token : new String[] { null, "forged-token" }) {
			HttpRequest.Builder forged = HttpRequest.newBuilder(java.net.URI.create(
					client.url("/camunda/api/admin/auth/user/default/logout")))
				.POST(HttpRequest.BodyPublishers.noBody());
			if (token != null) {
				forged.header("X-XSRF-TOKEN", token);
			}
			assertThat(client.send(forged.build()).statusCode()).isEqualTo(403);
		}
		assertThat(client.get("/").statusCode()).isEqualTo(200);
		assertThat(client.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
	}

	@Test
	void aPortalLogoutWithoutTheTokenIsRefused() {
		BrowserlessClient client = new BrowserlessClient(port);
		client.login("shunin", PASSWORD);
		assertThat(client.postForm("/logout", "x=1").statusCode()).isEqualTo(403);
		assertThat(client.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void aRequestWithASessionCookieIsCsrfCheckedEvenWithBasicCredentials() {
		String broken = "{\"userId\":\"x\"}";
		HttpResponse<String> pureBasic = send(basic(url("/api/v1/admin/users"), "admin", PASSWORD)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(broken)));
		assertThat(pureBasic.statusCode()).as("a script without a session needs no token").isEqualTo(400);

		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login("admin", PASSWORD);
		HttpResponse<String> riding = browser.send(basic(browser.url("/api/v1/admin/users"), "admin", PASSWORD)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(broken)).build());
		assertThat(riding.statusCode()).as("session cookie + Basic, no CSRF token").isEqualTo(403);

		BrowserlessClient script = new BrowserlessClient(port);
		assertThat(script.get("/projects").statusCode()).as("an anonymous visit opens a session").isEqualTo(302);
		assertThat(script.send(basic(script.url("/api/v1/projects"), "admin", PASSWORD).GET().build()).statusCode())
			.isEqualTo(200);
		assertThat(script.get("/").statusCode()).as("a Basic call logs no session in").isEqualTo(302);
		HttpResponse<String> anonymousSession = script.send(basic(script.url("/api/v1/admin/users"), "admin", PASSWORD)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(broken)).build());
		assertThat(anonymousSession.statusCode()).as("nobody is logged into that session: no token needed")
			.isEqualTo(400);
	}

	@Test
	void basicCredentialsSentWithALiveSessionAreChecked() {
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login("kantoku", PASSWORD);
		assertThat(browser.send(HttpRequest.newBuilder(java.net.URI.create(browser.url("/api/v1/projects")))
			.header("Accept", "application/json").GET().build()).statusCode()).isEqualTo(200);

		HttpResponse<String> wrong = browser.send(basic(browser.url("/api/v1/projects"), "kantoku", "not-his-password")
			.GET().build());
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(browser.send(basic(browser.url("/api/v1/projects"), "kantoku", PASSWORD).GET().build())
			.statusCode()).isEqualTo(200);
		assertThat(browser.get("/").statusCode()).as("the session itself lives on").isEqualTo(200);
	}

	/** The token Camunda's CSRF filter sets as the XSRF-TOKEN cookie, which its pages echo as X-XSRF-TOKEN. */
	private static String camundaCsrfToken(HttpResponse<String> answer) {
		return answer.headers().allValues("Set-Cookie").stream()
			.filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
			.map(cookie -> cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie: " + answer.headers().map()));
	}

	@Test
	void loggingOutOfThePortalEndsTheCamundaSessionToo() {
		BrowserlessClient client = new BrowserlessClient(port);
		client.login("shunin", PASSWORD);
		client.get("/camunda/app/tasklist/default/");
		assertThat(client.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
		client.submit("/", "/logout", "x=1");
		assertThat(client.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
		assertThat(client.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
	}

	@Test
	void loginsAndFailuresAreInTheAuditLog() {
		BrowserlessClient client = new BrowserlessClient(port);
		client.login("tanto", "definitely-wrong-1");
		client.login("tanto", PASSWORD);
		BrowserlessClient admin = new BrowserlessClient(port);
		admin.login("admin", PASSWORD);
		String page = admin.get("/admin/audit?actor=tanto").body();
		assertThat(page).contains("ログイン失敗").contains("ログイン").contains("127.0.0.1");
		assertThat(admin.get("/admin/audit.csv?actor=tanto").body()).contains("成功").contains("失敗");
	}

	@Test
	void healthIsOpenWithoutLogin() {
		HttpResponse<String> health = new BrowserlessClient(port).get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		// Since the probes (issue #17, docs/monitoring.md) Spring Boot names the two groups here: fixed names, no details.
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
	}

	private String newUser() {
		String userId = "lock" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(createUser(userId, "Sakura-no-hana-2026").statusCode()).isEqualTo(201);
		return userId;
	}

	private HttpResponse<String> createUser(String userId, String password) {
		String json = """
				{"userId":"%s","name":"試験 太郎","email":"%s@example.jp","password":"%s","side":"CONTRACTOR"}"""
			.formatted(userId, userId, password);
		return send(basic(url("/api/v1/admin/users"), "admin", PASSWORD).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return new BrowserlessClient(port).send(request.build());
	}
}
