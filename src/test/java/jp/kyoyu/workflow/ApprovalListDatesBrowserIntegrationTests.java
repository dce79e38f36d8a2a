package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.Browser;

/**
 * Issue #22: 承認書類の一覧 at 1024×768 keeps every date on one line (it wrapped 「2026-12-」 and 「07」 before),
 * and the page still fits the screen without side scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovalListDatesBrowserIntegrationTests {

	/** The dates of the list whose text runs over more than one line box, and how many dates there were. */
	private static final String WRAPPED = """
			const cells = [...document.querySelectorAll('#approval-list td.date')].filter(c => /\\d/.test(c.textContent));
			const wrapped = cells.filter(c => { const r = document.createRange(); r.selectNodeContents(c);
			    return new Set([...r.getClientRects()].map(q => Math.round(q.top))).size > 1; })
			  .map(c => c.getAttribute('data-label') + ' ' + c.textContent.trim());
			return [String(cells.length), String(document.documentElement.scrollWidth)].concat(wrapped);
			""";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void datesOfTheApprovalListStayOnOneLineAt1024() {
		WorkflowApi api = new WorkflowApi(port);
		long project = api.worksProject();
		// a long title makes the title column greedy, the way real lists squeeze the date columns
		String title = "日付の折り返し " + UUID.randomUUID().toString().substring(0, 6)
				+ " 法面勾配の変更と床掘り深さの協議についての長い件名";
		long id = api.draft(project, title, "REPORT");
		api.submit(id, "kantoku");

		browser.resize(1024, 768);
		browser.open(url("/login"));
		browser.find("#username").sendKeys("genba");
		browser.find("#password").sendKeys(WorkflowApi.PASSWORD);
		browser.find("button[type=submit]").click();
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		browser.open(url("/workflow/proposals?projectId=" + project));
		browser.await(ExpectedConditions.presenceOfElementLocated(By.id("approval-list")));

		@SuppressWarnings("unchecked")
		List<String> result = (List<String>) browser.script(WRAPPED);
		assertThat(Integer.parseInt(result.get(0))).as("date cells with a date").isGreaterThan(0);
		assertThat(Long.parseLong(result.get(1))).as("page width").isLessThanOrEqualTo(1024);
		assertThat(result.subList(2, result.size())).as("dates wrapped over two lines").isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
