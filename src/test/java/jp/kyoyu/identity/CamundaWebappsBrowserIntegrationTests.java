package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.Browser;
import jp.kyoyu.support.JapanDate;

/**
 * Camunda's webapps as part of Kyoyu, seen by a user whose browser prefers English (docs/camunda-webapps.md):
 * Cockpit, Admin and Tasklist still speak Japanese (none of a sample of en.json's texts is on the page, relative
 * times read 「数秒前」, Tasklist offers no process start or free task), every header names Kyoyu and links back to the portal, the Camunda 8 banner is gone, and
 * Admin shows users read-only with the way to Kyoyu's own user administration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CamundaWebappsBrowserIntegrationTests {

	private static final String PASSWORD = "Kyoyu#Demo2026";

	@RegisterExtension
	final Browser browser = Browser.preferring("en-US");

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Test
	void cockpitSpeaksJapaneseToAnEnglishBrowserAndLeadsBackToThePortal() throws IOException {
		logIn("admin");

		browser.open(url("/camunda/app/cockpit/default/"));
		firstLoad(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "実行中のプロセスインスタンス"));
		browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kyoyu-home-link")));

		assertNoEnglish("cockpit", visibleText(), "Processes", "Running Process Instances", "Right Now", "Decisions",
				"Human Tasks", "Open Incidents", "Deployments", "Batches");
		assertThat(visibleText()).contains("プロセス", "デプロイ");
		assertLeadsBackToThePortal("監査・プロセス監視（Cockpit）");
		browser.screenshot("camunda-cockpit-japanese");
	}

	@Test
	void adminSpeaksJapaneseAndShowsUsersReadOnlyWithTheWayToKyoyu() throws IOException {
		logIn("admin");

		browser.open(url("/camunda/app/admin/default/#/users"));
		firstLoad(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kyoyu-identity-notice a")));
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "kantoku"));

		assertNoEnglish("admin", visibleText(), "Create New User", "List of Users", "Users", "Groups", "Tenants",
				"Authorizations", "First Name", "Last Name", "Email");
		WebElement create = browser.find("a[href='#/user-create']");
		assertThat(create.isDisplayed()).as("Admin's create button").isFalse();
		assertThat(create.getAttribute("textContent")).contains("利用者").doesNotContain("Create");
		assertLeadsBackToThePortal("Camunda 管理（Admin）");
		browser.screenshot("camunda-admin-users");

		browser.find(".kyoyu-identity-notice a").click();
		browser.await(ExpectedConditions.urlMatches(".*/admin/users$"));
		assertThat(browser.pageText()).contains("kantoku", "genba");
	}

	@Test
	void tasklistShowsRelativeTimesInJapanese() {
		String taskName = "相対時刻の確認 " + UUID.randomUUID().toString().substring(0, 8);
		startTaskFor("admin", taskName);
		logIn("admin");

		browser.open(url("/camunda/app/tasklist/default/"));
		firstLoad(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), taskName));

		String list = visibleText();
		assertThat(list).containsPattern("(数秒|\\d+秒|1分|\\d+分)前");
		assertThat(list).doesNotContain(" ago", "a few seconds", "minute");
		// Proposals start from the portal and Kyoyu has no free-standing tasks: Tasklist offers neither.
		assertThat(list).doesNotContain("プロセスを開始", "タスクを作成", "Start process", "Create task");
		assertLeadsBackToThePortal("承認タスク（Tasklist）");
		browser.screenshot("camunda-tasklist-relative-time");
	}

	/**
	 * What kantoku sees of a first step in Tasklist: the entry named after the document, with its project; the
	 * form offers no 「前の承認者へ差し戻す」 (nobody before), and the task's header offers no change of the due
	 * date, groups or assignee that the portal does not offer either; completing it without a decision is refused
	 * with the portal's Japanese message.
	 */
	@Test
	void tasklistNamesTheDocumentAndOffersTheFirstApproverOnlyThePortalsChoices() throws Exception {
		String title = "Tasklist の件名 " + UUID.randomUUID().toString().substring(0, 8);
		submitToKantokuThenShunin(title);
		logIn("kantoku");

		browser.open(url("/camunda/app/tasklist/default/"));
		String name = "承認：" + title + "（工事打合せ簿）";
		firstLoad(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), name));
		assertThat(visibleText()).contains(name, "中部地区 用排水路改修工事（その1）", "通常");

		browser.driver().findElement(By.xpath("//*[normalize-space(text())='" + name + "']")).click();
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "発議者へ差し戻す"));
		String task = visibleText();
		assertThat(task).contains("承認する", "発議者へ差し戻す").doesNotContain("前の承認者へ差し戻す");
		assertThat(browser.driver().findElements(By.cssSelector("li.groups, .unclaim, .reset-due-date, .followup-date")))
			.allSatisfy(element -> assertThat(element.isDisplayed()).as(element.getAttribute("class")).isFalse());
		browser.screenshot("camunda-tasklist-first-step");

		// Completing without a decision: the form's required 判断 says so in the portal's Japanese, not form-js's
		// "Field is required." (tasklist/scripts/kyoyu-form-messages-1.js).
		WebElement complete = browser.driver().findElement(By.xpath("//button[normalize-space()='完了']"));
		// Tasklist's fixed footer may cover the button at the foot of the task view.
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
		complete.click();
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form-field-error"),
				"「判断」を選んでください。"));
		assertThat(visibleText()).doesNotContain("Field is required");
		browser.screenshot("camunda-tasklist-required-in-japanese");
	}

	private void submitToKantokuThenShunin(String title) throws Exception {
		jp.kyoyu.support.BrowserlessClient client = new jp.kyoyu.support.BrowserlessClient(port);
		ObjectMapper json = new ObjectMapper();
		long project = -1;
		for (JsonNode p : json.readTree(asGenba(client, "GET", "/api/v1/projects", null))) {
			if ("中部地区 用排水路改修工事（その1）".equals(p.path("name").asText())) {
				project = p.get("id").asLong();
			}
		}
		long proposal = json.readTree(asGenba(client, "POST", "/api/v1/projects/" + project + "/proposals", """
				{"type":"worksMeetingRecord","title":"%s","fields":{"matter":"REPORT","content":"法面勾配の変更について協議します。"}}"""
			.formatted(title))).get("id").asLong();
		asGenba(client, "POST", "/api/v1/proposals/" + proposal + "/submit", """
				{"route":[{"userId":"kantoku","role":"APPROVER"},{"userId":"shunin","role":"APPROVER"}],
				 "requestedAnswerDate":"%s","importance":"NORMAL","comment":"ご確認をお願いします。"}"""
			.formatted(JapanDate.today().plusDays(14)));
	}

	private static String asGenba(jp.kyoyu.support.BrowserlessClient client, String method, String path, String body) {
		java.net.http.HttpResponse<String> response = client.send(jp.kyoyu.support.BrowserlessClient
			.basic(client.url(path), "genba", PASSWORD)
			.header("Content-Type", "application/json")
			.method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
					: java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
		return response.body();
	}

	private void assertLeadsBackToThePortal(String appName) {
		WebElement home = browser.find(".kyoyu-home-link");
		assertThat(home.isDisplayed()).isTrue();
		assertThat(home.getText()).contains("Kyoyu");
		assertThat(home.getAttribute("href")).isEqualTo(url("/"));
		assertThat(browser.find(".brand-name").getAttribute("textContent")).isEqualTo("Kyoyu " + appName);
		List<WebElement> banner = browser.driver().findElements(By.cssSelector(".ce-eol-banner"));
		assertThat(banner).allSatisfy(element -> assertThat(element.isDisplayed()).as("Camunda 8 banner").isFalse());
		assertThat(visibleText()).doesNotContain("Camunda 8");
	}

	/** Each sample is a text of Camunda's own en.json (so the sample stays honest), and none is on the page. */
	private void assertNoEnglish(String app, String pageText, String... sample) throws IOException {
		Set<String> english = englishTexts(app);
		List<String> found = new ArrayList<>();
		for (String text : sample) {
			assertThat(english).as("en.json of " + app).contains(text);
			if (Pattern.compile("(?<![A-Za-z])" + Pattern.quote(text) + "(?![A-Za-z])").matcher(pageText).find()) {
				found.add(text);
			}
		}
		assertThat(found).as(pageText).isEmpty();
	}

	private Set<String> englishTexts(String app) throws IOException {
		try (InputStream in = getClass().getClassLoader()
			.getResourceAsStream("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json")) {
			JsonNode labels = new ObjectMapper().readTree(in).get("labels");
			Set<String> texts = new java.util.HashSet<>();
			labels.forEach(label -> texts.add(label.asText()));
			return texts;
		}
	}

	private void startTaskFor(String assignee, String taskName) {
		String key = "kyoyu-webapp-test";
		engine.getRepositoryService()
			.createDeployment()
			.name(key)
			.enableDuplicateFiltering(true)
			.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
				.name("Webアプリ確認用プロセス")
				.camundaHistoryTimeToLive(30)
				.startEvent()
				.userTask("check")
				.name("${taskName}")
				.camundaAssignee(assignee)
				.endEvent()
				.done())
			.deploy();
		engine.getRuntimeService()
			.startProcessInstanceByKey(key, java.util.Map.of("taskName", taskName));
	}

	/** The page's rendered text, also below the fold (Selenium's getText is empty for what is scrolled away). */
	private String visibleText() {
		return String.valueOf(browser.script("return document.body.innerText")).replaceAll("\\s+", " ");
	}

	/** Camunda's first start on a busy 2-core machine can stall once; a user would reload, and so does the test. */
	private void firstLoad(ExpectedCondition<?> condition) {
		try {
			new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(condition);
			return;
		}
		catch (org.openqa.selenium.TimeoutException stalled) {
			browser.driver().navigate().refresh();
		}
		new WebDriverWait(browser.driver(), Duration.ofSeconds(150)).until(condition);
	}

	private void logIn(String user) {
		browser.open(url("/login"));
		browser.find("#username").sendKeys(user);
		browser.find("#password").sendKeys(PASSWORD);
		browser.find("button[type=submit]").click();
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
