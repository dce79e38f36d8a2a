package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.Browser;

/**
 * In a real browser: gyomu registers a 10 MB draft report (two 8 MB chunks); the page sends it in chunks, the network "drops"
 * on the second chunk and the page resumes; a missing category is reported without sending the file again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentUploadBrowserIntegrationTests {

	/** Makes the second chunk of the page fail once as a dropped connection would. */
	static final String DROP_SECOND_CHUNK = """
			var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send, chunks = 0;
			XMLHttpRequest.prototype.open = function (method) { this._method = method; return open.apply(this, arguments); };
			XMLHttpRequest.prototype.send = function () {
			  if (this._method === 'PATCH' && ++chunks === 2) {
			    sessionStorage.setItem('dropped', 'yes');
			    var xhr = this; setTimeout(function () { xhr.onerror(); }, 10); return;
			  }
			  return send.apply(this, arguments);
			};""";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void aLargeFileIsSentInChunksResumesAfterADropAndSurvivesAFormError() throws Exception {
		DocumentApi api = new DocumentApi(port);
		long project = api.project("SERVICE", "ブラウザ大容量");
		byte[] content = new byte[10 * 1024 * 1024 + 7];
		new Random(7).nextBytes(content);
		Path file = Files.createTempDirectory("kyoyu").resolve("報告書（案）.pdf");
		Files.write(file, content);

		browser.open(api.url("/login"));
		browser.find("#username").sendKeys("gyomu");
		browser.find("#password").sendKeys(DocumentApi.PASSWORD);
		browser.find("button[type=submit]").click();
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		browser.open(api.url("/projects/" + project));
		browser.driver().findElement(By.linkText("書類")).click();
		browser.find("#register").click();
		new Select(browser.find("#folderId")).selectByVisibleText("報告書");
		browser.find("#title").sendKeys("報告書（案）第2回");
		browser.find("#files").sendKeys(file.toAbsolutePath().toString());
		browser.script(DROP_SECOND_CHUNK);
		browser.find("#submit").click();

		// Generous: the test machine may be busy, and the page waits 3 s before resuming.
		try {
			new WebDriverWait(browser.driver(), Duration.ofSeconds(180)).until(driver -> !driver.findElements(
					By.cssSelector("div.error")).isEmpty() || !driver.findElements(By.cssSelector("#progress .field-error")).isEmpty());
		}
		catch (org.openqa.selenium.TimeoutException e) {
			throw new AssertionError("the upload did not end: " + browser.find("#progress").getText(), e);
		}
		assertThat(browser.driver().findElements(By.cssSelector("#progress .field-error"))).as(browser.pageText()).isEmpty();
		assertThat(browser.find("div.error").getText()).contains("区分を入力してください");
		assertThat(browser.find("#sent").getText()).contains("報告書（案）.pdf");
		assertThat(browser.find("#title").getAttribute("value")).isEqualTo("報告書（案）第2回");
		assertThat(browser.script("return sessionStorage.getItem('dropped')")).as("the drop happened").isEqualTo("yes");

		browser.find("#category").sendKeys("報告書");
		browser.find("#submit").click();
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "を登録しました"));
		long documentId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/documents/(\\d+).*", "$1"));
		JsonNode document = api.read(api.get("/api/v1/documents/" + documentId, "kantoku"));
		assertThat(document.get("folderPath").asText()).isEqualTo("報告書");
		assertThat(document.get("files")).hasSize(1);
		assertThat(document.get("files").get(0).get("size").asLong()).isEqualTo(content.length);
		assertThat(document.get("files").get(0).get("sha256").asText())
			.isEqualTo(ProposalFilingIntegrationTests.sha256(content));
	}
}
