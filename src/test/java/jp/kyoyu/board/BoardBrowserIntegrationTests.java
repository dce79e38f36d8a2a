package jp.kyoyu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.Browser;

/**
 * In a real browser: kantoku posts a drawing only for genba; genba finds it in the unread list at login, opens
 * it, downloads the drawing and replies; shunin, on the same project, never sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardBrowserIntegrationTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void kantokuPostsForGenbaOnlyAndGenbaRepliesFromTheUnreadList() throws Exception {
		BoardApi api = new BoardApi(port);
		long projectId = api.project("ブラウザ掲示板工事");
		String title = "床掘りの出来形図 " + UUID.randomUUID().toString().substring(0, 6);
		Path drawing = Files.createTempDirectory("kyoyu").resolve("床掘り出来形図.pdf");
		Files.writeString(drawing, "%PDF-1.4 board drawing");

		login("kantoku");
		browser.open(api.url("/projects/" + projectId));
		browser.driver().findElement(By.linkText("掲示板")).click();
		browser.driver().findElement(By.linkText("記事を投稿")).click();
		browser.find("#title").sendKeys(title);
		browser.find("#body").sendKeys("出来形図を添付します。確認をお願いします。");
		browser.find("#files").sendKeys(drawing.toAbsolutePath().toString());
		browser.find("#audience-chosen").click();
		browser.find("input[name=users][value=genba]").click();
		browser.find("form.card button.primary[type=submit]").click();
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "記事を投稿しました"));
		String postUrl = browser.driver().getCurrentUrl();
		long postId = Long.parseLong(postUrl.replaceAll(".*/board/posts/(\\d+).*", "$1"));
		browser.find("form.inline button.link").click(); // log out
		browser.await(ExpectedConditions.urlContains("/login"));

		login("genba");
		assertThat(browser.find("#unread-posts").getText()).contains(title);
		browser.driver().findElement(By.linkText(title)).click();
		browser.await(ExpectedConditions.titleContains(title));
		String href = browser.driver().findElement(By.linkText("床掘り出来形図.pdf")).getAttribute("href");
		String path = href.replaceFirst("^https?://[^/]+", "");
		assertThat(api.get(path, "genba").body()).isEqualTo("%PDF-1.4 board drawing");
		browser.find("#reply-body").sendKeys("確認しました。問題ありません。");
		browser.find("#reply button.primary").click();
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "返信しました"));
		assertThat(browser.pageText()).contains("確認しました。問題ありません。");
		browser.open(api.url("/"));
		assertThat(browser.find("#unread-posts").getText()).doesNotContain(title);

		assertThat(api.get("/api/v1/posts/" + postId, "shunin").statusCode()).isEqualTo(404);
		assertThat(api.get(path, "shunin").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/projects/" + projectId + "/posts", "shunin").body()).doesNotContain(title);
		assertThat(api.get("/api/v1/me/unread-posts", "shunin").body()).doesNotContain(title);
	}

	private void login(String user) {
		browser.open(new BoardApi(port).url("/login"));
		browser.find("#username").sendKeys(user);
		browser.find("#password").sendKeys(BoardApi.PASSWORD);
		browser.find("button[type=submit]").click();
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}
}
