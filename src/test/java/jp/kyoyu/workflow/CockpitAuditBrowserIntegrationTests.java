package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.Browser;

/**
 * The Cockpit plugin for auditors in a real browser: after the portal login, Cockpit offers 「監査（完了分）」,
 * finds a finished instance by its business key and shows its steps, the people who acted and the user
 * operation log; opening a finished instance the usual Cockpit way lands on the same history page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CockpitAuditBrowserIntegrationTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	HistoryService history;

	@Test
	void auditorFindsAFinishedInstanceAndSeesItsStepsActorsAndOperationLog() {
		FinishedTestProcess finished = FinishedTestProcess.runToEnd(engine);
		logInAsAdministrator();

		browser.open(url("/camunda/app/cockpit/default/"));
		firstLoad(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='#/audit']")));
		assertThat(browser.find("a[href='#/audit']").getText()).isEqualTo("監査（完了分）");
		browser.find("a[href='#/audit']").click();
		browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.kyoyu-audit-filter")));
		browser.await(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("select[name=definition] option[value='" + FinishedTestProcess.KEY + "']")));
		new org.openqa.selenium.support.ui.Select(browser.find("select[name=definition]"))
			.selectByValue(FinishedTestProcess.KEY);
		browser.find("input[name=businessKey]").sendKeys(finished.businessKey());
		browser.find("form.kyoyu-audit-filter button[type=submit]").click();
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".kyoyu-audit-result"), "1 件"));
		String list = text("table.kyoyu-audit-instances");
		assertThat(list).contains(finished.businessKey(), FinishedTestProcess.NAME, "COMPLETED");
		browser.screenshot("cockpit-audit-list");

		browser.find("table.kyoyu-audit-instances a").click();
		browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.kyoyu-audit-log")));
		assertThat(browser.driver().getCurrentUrl()).endsWith("#/process-instance/" + finished.processInstanceId() + "/history");
		assertHistoryOf(finished);
		browser.screenshot("cockpit-audit-instance");
	}

	@Test
	void openingAFinishedInstanceInCockpitLeadsToItsHistory() {
		FinishedTestProcess finished = FinishedTestProcess.runToEnd(engine);
		logInAsAdministrator();

		browser.open(url("/camunda/app/cockpit/default/#/process-instance/" + finished.processInstanceId()));
		firstLoad(ExpectedConditions.urlContains("/process-instance/" + finished.processInstanceId() + "/history"));
		browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.kyoyu-audit-log")));
		assertHistoryOf(finished);
	}

	/**
	 * Issue 22: Camunda alone showed a send-back as 「承認」 and an approve-ahead as the skipped approver's approval.
	 * The instance's history page shows Kyoyu's approval record, checked against Camunda, in Japanese.
	 */
	@Test
	void theApprovalRecordShowsWhatEachStepReallyWasInJapanese() {
		AuditedRoute route = AuditedRoute.run(new WorkflowApi(port), history);
		logInAsAdministrator();

		browser.open(url("/camunda/app/cockpit/default/#/process-instance/" + route.processInstanceId() + "/history"));
		firstLoad(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.kyoyu-approval-record")));
		String record = text("table.kyoyu-approval-record");
		assertThat(record).startsWith("操作 操作した人 代理元 日時 コメント Camunda の記録");
		assertThat(record).containsSubsequence("提出", "（genba）", "差戻し（発議者へ）", "（kantoku）",
				AuditedRoute.SENT_BACK_TO_PROPOSER, "再提出", "（genba）", "承認", "（kantoku）", "差戻し（前の承認者へ）",
				"（shunin）", AuditedRoute.SENT_BACK_TO_PREVIOUS, "承認 代理", "（sokatsu）", "（kantoku）の代理",
				"先行承認", "（sokatsu）", AuditedRoute.AHEAD, "担当 shunin", "後閲", "（shunin）",
				AuditedRoute.POST_REVIEWED);
		assertThat(record).doesNotContain("不一致");
		assertThat(browser.driver().findElements(By.cssSelector("table.kyoyu-approval-record tbody tr"))).hasSize(8);
		browser.screenshot("cockpit-approval-record");
	}

	private void assertHistoryOf(FinishedTestProcess finished) {
		assertThat(text("table.kyoyu-audit-summary")).contains(finished.businessKey(), "COMPLETED");
		String steps = text("table.kyoyu-audit-steps");
		assertThat(steps).containsSubsequence("提出", FinishedTestProcess.REVIEW + " userTask kantoku",
				FinishedTestProcess.APPROVE + " userTask shunin", "完了");
		String actors = text("table.kyoyu-audit-actors");
		assertThat(actors).contains("kantoku 担当、操作", "shunin 担当、操作");
		String log = text("table.kyoyu-audit-log");
		assertThat(log).containsPattern("kantoku Complete Task").containsPattern("shunin Complete Task");
	}

	/**
	 * Cockpit's first start loads megabytes of script; on a busy 2-core machine that can take minutes. In a fresh
	 * test JVM the very first Cockpit load was seen to stall with the custom scripts never answered (cause not
	 * found, see docs/modules/workflow-export.md); a user would reload, and so does the test, once.
	 */
	private void firstLoad(ExpectedCondition<?> condition) {
		try {
			new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(condition);
			return;
		}
		catch (org.openqa.selenium.TimeoutException stalled) {
			browser.driver().navigate().refresh();
		}
		try {
			new WebDriverWait(browser.driver(), Duration.ofSeconds(150)).until(condition);
		}
		catch (org.openqa.selenium.TimeoutException e) {
			// Which of Cockpit's requests did finish, for the report.
			throw new AssertionError("Cockpit did not finish loading; finished requests: " + browser.script(
					"return performance.getEntriesByType('resource').map(r => r.name.replace(location.origin, '') + ' '"
							+ " + Math.round(r.duration)).join('\\n')"), e);
		}
	}

	/** The table's text, also below the fold (Selenium's getText is empty for what is scrolled away). */
	private String text(String selector) {
		Object text = browser.script("return document.querySelector(\"" + selector + "\").innerText");
		return String.valueOf(text).replaceAll("\\s+", " ");
	}

	private void logInAsAdministrator() {
		browser.open(url("/login"));
		browser.find("#username").sendKeys("admin");
		browser.find("#password").sendKeys("Kyoyu#Demo2026");
		browser.find("button[type=submit]").click();
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
