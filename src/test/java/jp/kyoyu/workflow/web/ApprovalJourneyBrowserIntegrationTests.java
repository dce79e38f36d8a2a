package jp.kyoyu.workflow.web;

import static jp.kyoyu.workflow.web.PageFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.Browser;
import jp.kyoyu.support.JapanDate;

/**
 * The browser journey of issue #4: genba submits a 工事打合せ簿 to kantoku → shunin, kantoku sends it back, genba
 * revises and resubmits, kantoku approves in the portal and shunin in Camunda Tasklist with its form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovalJourneyBrowserIntegrationTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void sentBackRevisedAndApprovedInThePortalAndInTasklist() {
		PageFixtures fixtures = new PageFixtures(port);
		String title = "水路法面の協議 " + unique();
		long proposal = fixtures.draft(fixtures.worksProject(), title, "法面勾配を1:1.5に変更します。");

		logIn("genba");
		browser.open(url("/proposals/" + proposal));
		browser.find("#workflow-links a.primary").click();
		browser.await(ExpectedConditions.urlContains("/submit"));
		// Each add/remove button posts the route editor back to the server: wait for the new page every time.
		By removeButtons = By.cssSelector("button[value^=remove-]");
		By people = By.cssSelector("select[name=userId]");
		for (int left = browser.driver().findElements(removeButtons).size(); left > 0; left--) {
			browser.find("button[value^=remove-]").click();
			browser.await(ExpectedConditions.numberOfElementsToBe(removeButtons, left - 1));
		}
		for (String approver : List.of("kantoku", "shunin")) {
			int before = browser.driver().findElements(people).size();
			browser.find("button[value=add]").click();
			browser.await(ExpectedConditions.numberOfElementsToBe(people, before + 1));
			List<WebElement> rows = browser.driver().findElements(people);
			new Select(rows.get(rows.size() - 1)).selectByValue(approver);
		}
		browser.script("document.getElementById('requestedAnswerDate').value='" + JapanDate.today().plusDays(14) + "'");
		browser.find("#comment").sendKeys("法面勾配の変更についてご確認ください。");
		browser.find("#submit-form button.primary").click();
		browser.await(ExpectedConditions.urlContains("/approval"));
		assertThat(browser.pageText()).contains("承認中", "提出しました");
		logOut();

		logIn("kantoku");
		openTask(title);
		browser.find("input[name=action][value=SEND_BACK_TO_PROPOSER]").click();
		browser.find("#comment").sendKeys("根拠となる計算書を添付してください。");
		browser.find("#task-form button.primary").click();
		browser.await(ExpectedConditions.urlMatches("/tasks$"));
		logOut();

		ObjectNode fields = (ObjectNode) fixtures.api("GET", "/api/v1/proposals/" + proposal, "genba", null).get("fields");
		fields.put("content", "法面勾配を1:1.5に変更します。計算書を添付しました。");
		fixtures.api("PUT", "/api/v1/proposals/" + proposal, "genba", Map.of("fields", fields));
		logIn("genba");
		openTask(title);
		assertThat(browser.pageText()).contains("根拠となる計算書を添付してください。");
		browser.find("#comment").sendKeys("計算書を添付しました。");
		browser.find("#task-form button.primary").click();
		browser.await(ExpectedConditions.urlMatches("/tasks$"));
		logOut();

		logIn("kantoku");
		openTask(title);
		browser.find("input[name=action][value=APPROVE]").click();
		browser.script("document.getElementById('plannedAnswerDate').value='" + JapanDate.today().plusDays(7) + "'");
		browser.find("#task-form button.primary").click();
		browser.await(ExpectedConditions.urlMatches("/tasks$"));
		logOut();

		String task = null;
		for (JsonNode t : fixtures.api("GET", "/api/v1/tasks", "shunin", null)) {
			if (t.get("proposalId").asLong() == proposal) {
				task = t.get("id").asText();
			}
		}
		assertThat(task).as("shunin's task").isNotNull();
		browser.driver().manage().deleteAllCookies(); // a fresh session, as a second person's browser would have
		logIn("shunin");
		browser.open(url("/camunda/app/tasklist/default/"));
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.account"), "鈴木 主税"));
		browser.open(url("/camunda/app/tasklist/default/#/?task=" + task));
		WebElement approve = browser.await(ExpectedConditions
			.elementToBeClickable(By.xpath("//label[contains(normalize-space(.), '承認する')]")));
		browser.screenshot("tasklist-approval-form");
		// The card's columns (件名・種類・工事・業務・重要度・期限) push the form down; the fixed footer may cover it.
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
				approve);
		approve.click();
		WebElement complete = browser.await(
				ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn-primary[ng-click='complete()']")));
		// Tasklist's fixed footer covers the button at the bottom of the form until it is scrolled into the middle.
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
				complete);
		complete.click();
		browser.await(d -> !fixtures.api("GET", "/api/v1/proposals/" + proposal, "genba", null).get("status").asText()
			.equals("IN_REVIEW"));

		browser.open(url("/proposals/" + proposal + "/approval"));
		String shown = browser.pageText();
		browser.screenshot("approval-approved");
		assertThat(shown).contains("承認済", "提出", "差戻し（発議者へ）", "根拠となる計算書を添付してください。", "再提出",
				"計算書を添付しました。");
		assertThat(browser.driver().findElements(By.cssSelector("#history tr.history-entry"))).hasSize(5);
	}

	private void openTask(String title) {
		browser.open(url("/tasks"));
		browser.await(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();
		browser.await(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
	}

	private void logIn(String userId) {
		browser.open(url("/login"));
		browser.find("#username").sendKeys(userId);
		browser.find("#password").sendKeys(PageFixtures.PASSWORD);
		browser.find("button[type=submit]").click();
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void logOut() {
		browser.open(url("/"));
		browser.find("form.inline button.link").click();
		browser.await(ExpectedConditions.urlContains("/login"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
