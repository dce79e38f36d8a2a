package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.Browser;

/**
 * In a real browser at 1280x800 (本文5(4)): from the document list 「並べて表示」, one PDF chosen from the list beside
 * the panes and another from the right pane's chooser; both panes are inside the window and each frame really shows
 * its PDF (a refused frame would show Chromium's error page instead).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SideBySideBrowserIntegrationTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void twoPdfsAreSeenSideBySideInsideTheWindow() throws Exception {
		DocumentApi api = new DocumentApi(port);
		long project = api.project("WORKS", "ブラウザ並べて表示");
		long folder = api.folderId(project, "写真");
		String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
		String plan = SideBySideIntegrationTests.ref(api.read(api.register(folder, "genba",
				Map.of("title", "施工計画書", "category", "計画", "date", today),
				Map.of("施工計画書.pdf", SideBySideIntegrationTests.pdf(2)))));
		SideBySideIntegrationTests.ref(api.read(api.register(folder, "genba",
				Map.of("title", "出来形図", "category", "図面", "date", today),
				Map.of("出来形図.pdf", SideBySideIntegrationTests.pdf(1)))));

		browser.resize(1280, 800);
		browser.open(api.url("/login"));
		browser.find("#username").sendKeys("kantoku");
		browser.find("#password").sendKeys(DocumentApi.PASSWORD);
		browser.find("button[type=submit]").click();
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		browser.open(api.url("/projects/" + project + "/documents"));
		browser.find("#side-by-side").click();
		browser.await(ExpectedConditions.presenceOfElementLocated(By.id("sbs-found")));

		browser.find("#sbs-found a[data-ref='" + plan + "']").click();
		browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pane-left iframe")));
		new Select(browser.find("#choose-right")).selectByVisibleText("出来形図 / 出来形図.pdf");
		browser.find("#pane-right button[type=submit]").click();
		browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pane-right iframe")));

		assertThat(browser.find("#pane-left .sbs-title").getText()).isEqualTo("施工計画書 / 施工計画書.pdf");
		assertThat(browser.find("#pane-right .sbs-title").getText()).isEqualTo("出来形図 / 出来形図.pdf");
		for (String pane : List.of("#pane-left", "#pane-right")) {
			assertInsideTheWindow(pane);
			assertInsideTheWindow(pane + " iframe");
		}
		assertInsideTheWindow("#sbs-tree");
		assertThat(box("#pane-left").get("right").doubleValue()).as("the panes stand side by side, not one under the other")
			.isLessThanOrEqualTo(box("#pane-right").get("left").doubleValue());
		assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no horizontal scroll").isEqualTo(true);

		for (String pane : List.of("#pane-left", "#pane-right")) {
			WebElement frame = browser.find(pane + " iframe");
			browser.driver().switchTo().frame(frame);
			// A frame the server refuses (X-Frame-Options/frame-ancestors) holds Chromium's error page (text/html).
			assertThat(browser.script("return document.contentType")).as(pane).isEqualTo("application/pdf");
			browser.driver().switchTo().defaultContent();
		}
	}

	private void assertInsideTheWindow(String selector) {
		Map<String, Number> box = box(selector);
		assertThat(box.get("width").doubleValue()).as(selector + " width").isGreaterThan(200);
		assertThat(box.get("height").doubleValue()).as(selector + " height").isGreaterThan(150);
		assertThat(box.get("left").doubleValue()).as(selector + " left").isGreaterThanOrEqualTo(0);
		assertThat(box.get("top").doubleValue()).as(selector + " top").isGreaterThanOrEqualTo(0);
		assertThat(box.get("right").doubleValue()).as(selector + " right").isLessThanOrEqualTo(box.get("innerWidth").doubleValue());
		assertThat(box.get("bottom").doubleValue()).as(selector + " bottom").isLessThanOrEqualTo(box.get("innerHeight").doubleValue());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Number> box(String selector) {
		return (Map<String, Number>) browser.script("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
				.replace("arguments[0]", "'" + selector + "'")
				+ "return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height,"
				+ " innerWidth: window.innerWidth, innerHeight: window.innerHeight};");
	}
}
