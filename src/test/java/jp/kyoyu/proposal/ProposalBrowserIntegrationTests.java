package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.Browser;
import jp.kyoyu.support.ProjectFixtures;

/** 現場代理人 genba drafts a 工事打合せ簿 in a real browser: form-js form, server's error, attachment, save, reopen. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalBrowserIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void genbaDraftsAMeetingRecordSeesTheMissingFieldSavesAndReopensIt() throws Exception {
		long projectId = newWorksProjectWithGenba();
		browser.open(url("/login"));
		browser.find("#username").sendKeys("genba");
		browser.find("#password").sendKeys(PASSWORD);
		browser.find("button[type=submit]").click();
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		browser.open(url("/projects/" + projectId));
		browser.driver().findElement(By.linkText("発議書類")).click();
		browser.driver().findElement(By.linkText("書類を作成")).click();
		browser.find("#proposal-title").sendKeys("排水路の法面勾配について");
		browser.find("button.primary[type=submit]").click();

		// form-js has rendered the Camunda Form, pre-filled, with the bpmn.io watermark.
		WebElement projectName = browser.await(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$='-Field_ProjectName']")));
		assertThat(projectName.getAttribute("value")).startsWith("ブラウザ書類工事");
		assertThat(browser.find(".fjs-powered-by").isDisplayed()).isTrue();
		List<WebElement> matters = browser.driver().findElements(By.cssSelector("input[type=radio][id*='Field_Matter']"));
		matters.get(1).click(); // 協議
		browser.find("button[value=check]").click();

		browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("proposal-errors")));
		assertThat(browser.find("#proposal-errors").getText()).contains("「内容」を入力してください。")
			.doesNotContain("発議事項");
		browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea[id$='-Field_Content']")));
		assertThat(browser.driver().findElements(By.cssSelector("input[type=radio][id*='Field_Matter']")).get(1)
			.isSelected()).as("the chosen 協議 is still chosen").isTrue();
		browser.find("textarea[id$='-Field_Content']").sendKeys("法面勾配を1:1.5から1:1.8に変更したく協議します。");
		browser.find("button[value=save]").click();

		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "下書きを保存しました"));
		String path = browser.driver().getCurrentUrl();
		Path drawing = Files.createTempDirectory("kyoyu").resolve("法面詳細図.pdf");
		Files.writeString(drawing, "%PDF-1.4 test drawing");
		browser.find("#attachment-file").sendKeys(drawing.toAbsolutePath().toString());
		new Select(browser.find("#attachment-kind")).selectByValue("DRAWING");
		browser.find("#attachments button[type=submit]:not([class])").click();
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), "法面詳細図.pdf"));
		assertThat(browser.find("#attachments tr.attachment").getText()).contains("図面");
		browser.open(url("/projects/" + projectId + "/proposals"));
		assertThat(browser.pageText()).contains("排水路の法面勾配について", "下書き");
		browser.open(path);
		WebElement content = browser.await(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea[id$='-Field_Content']")));
		assertThat(content.getAttribute("value")).isEqualTo("法面勾配を1:1.5から1:1.8に変更したく協議します。");
		assertThat(browser.find("#attachments").getText()).contains("法面詳細図.pdf");
		browser.screenshot("proposal-reopened");

		browser.resize(390, 844);
		browser.open(path);
		browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea[id$='-Field_Content']")));
		Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).as("page width at 390 px").isLessThanOrEqualTo(390);
		browser.screenshot("proposal-phone");
	}

	private long newWorksProjectWithGenba() throws Exception {
		return new ProjectFixtures(port).works("ブラウザ書類工事").member("genba", "SITE_AGENT").create();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
