package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.Browser;
import jp.kyoyu.support.JsonApi;
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

	/**
	 * Issue #22: form-js's own messages were English ("Field must match pattern ^([01][0-9]...") and 9:30 was refused
	 * as a time; the server's findings after 「保存して入力チェック」 showed only at the top of the page.
	 */
	@Test
	void formMessagesAreJapaneseAtTheFieldAndATimeMayBeTypedAsNineThirty() throws Exception {
		long projectId = newWorksProjectWithGenba();
		JsonApi api = new JsonApi(port) {
		};
		long request = api.read(api.send("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "confirmationRequest", "title", "配筋の立会", "fields", Map.of("requestKind", "ATTENDANCE"))))
			.get("id").asLong();
		long inspection = api.read(api.send("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "stageInspection", "title", "床掘の段階確認", "fields", Map.of())))
			.get("id").asLong();
		logIn("genba");

		browser.open(url("/proposals/" + request));
		WebElement time = browser.await(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$='-Field_RequestedTime']")));
		time.sendKeys("9時半", Keys.TAB);
		browser.await(driver -> !fieldError("Field_RequestedTime").isEmpty());
		assertThat(fieldError("Field_RequestedTime")).isEqualTo("「希望時刻」の形式が正しくありません。（24時間制で 例: 09:30）");
		time.sendKeys(Keys.chord(Keys.CONTROL, "a"), "9:30", Keys.TAB);
		browser.await(driver -> fieldError("Field_RequestedTime").isEmpty());

		WebElement subject = browser.find("input[id$='-Field_Subject']");
		subject.sendKeys("鉄筋工", Keys.TAB);
		subject.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
		browser.await(driver -> !fieldError("Field_Subject").isEmpty());
		assertThat(fieldError("Field_Subject")).isEqualTo("「工種・種別・細別」を入力してください。");
		assertThat(browser.pageText()).doesNotContain("Field must", "Field is required");

		// the server's check: each finding beside its field, what was typed kept
		browser.find("button[value=check]").click();
		browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("proposal-errors")));
		browser.await(driver -> !fieldError("Field_Content").isEmpty());
		assertThat(fieldError("Field_Content")).isEqualTo("「内容」を入力してください。");
		assertThat(fieldError("Field_Subject")).isEqualTo("「工種・種別・細別」を入力してください。");
		assertThat(browser.find("input[id$='-Field_RequestedTime']").getAttribute("value")).isEqualTo("9:30");
		assertThat(fieldError("Field_RequestedTime")).as("9:30 is a time").isEmpty();
		// typing into the field takes the server's finding away, as form-js does with its own
		browser.find("textarea[id$='-Field_Content']").sendKeys("配筋の立会をお願いします。", Keys.TAB);
		browser.await(driver -> fieldError("Field_Content").isEmpty());

		browser.open(url("/proposals/" + inspection));
		WebElement select = browser.await(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-select-display")));
		browser.await(driver -> select.getText().equals("選択してください"));
		browser.screenshot("proposal-japanese-form-messages");
	}

	/** The text of form-js's error list under the field whose id ends with the form's field id, or "". */
	private String fieldError(String fieldId) {
		return (String) browser.script("var input = document.querySelector(\"[id$='-" + fieldId + "']\");"
				+ "var error = input && input.closest('.fjs-form-field').querySelector('.fjs-form-field-error');"
				+ "return error ? error.textContent.trim() : '';");
	}

	private void logIn(String user) {
		browser.open(url("/login"));
		browser.find("#username").sendKeys(user);
		browser.find("#password").sendKeys(PASSWORD);
		browser.find("button[type=submit]").click();
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private long newWorksProjectWithGenba() throws Exception {
		return new ProjectFixtures(port).works("ブラウザ書類工事").member("genba", "SITE_AGENT").create();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
