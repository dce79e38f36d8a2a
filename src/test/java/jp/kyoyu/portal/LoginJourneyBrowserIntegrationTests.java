package jp.kyoyu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserDetailsInput;
import jp.kyoyu.support.Browser;

/** The first minutes of a 監督員 in a real browser: login, home page, then Tasklist without a second login. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginJourneyBrowserIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	static final String WORKS_PROJECT = "中部地区 用排水路改修工事（その1）";

	static final String SERVICE_PROJECT = "中部地区 農地整備事業 測量設計業務委託";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void kantokuLogsInSeesTheProjectsAndOpensTasklistWithoutSecondLogin() throws Exception {
		browser.open(url("/"));
		browser.await(ExpectedConditions.urlMatches("/login$"));
		assertThat(browser.find("h1").getText()).isEqualTo("ログイン");

		logIn("kantoku", PASSWORD);
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		assertThat(browser.find("h1").getText()).contains("高橋 監子");
		assertThat(Files.size(browser.screenshot("home"))).isPositive();
		assertThat(browser.pageText()).contains(WORKS_PROJECT, SERVICE_PROJECT);

		browser.open(url("/camunda/app/tasklist/default/"));
		// Tasklist is an AngularJS app: its header shows the logged-in user's name once it has asked the
		// engine who is logged in; a second login would show its own sign-in form instead.
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.account"), "高橋 監子"));
		assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/tasklist/").doesNotContain("/login");
		assertThat(browser.driver().findElements(By.cssSelector("form[name=signinForm]"))).isEmpty();
		browser.screenshot("tasklist");
	}

	@Test
	void wrongPasswordKeepsTheUserOnTheLoginPageWithAJapaneseExplanation() {
		String userId = "browser" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new UserDetailsInput(userId, "画面 試験", userId + "@test.kyoyu.example", "Kinoshita-no-mori-26",
				Side.AGENCY, null, null, null), false);

		browser.open(url("/login"));
		logIn(userId, "Kinoshita-no-mori-27");
		browser.await(ExpectedConditions.urlContains("/login?error"));
		assertThat(browser.find("p.error").getText()).startsWith("ユーザーIDまたはパスワードが正しくありません。")
			.contains("回続けて誤ると");
		assertThat(browser.find("h1").getText()).isEqualTo("ログイン");

		logIn(userId, "Kinoshita-no-mori-26");
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		assertThat(browser.find("h1").getText()).contains("画面 試験");
	}

	/** Issue #22: the new password is typed twice; a mismatch is named at the field and nothing typed is lost. */
	@Test
	void aPasswordChangeAsksTwiceAndNamesAMismatchAtTheField() {
		String userId = "browser" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new UserDetailsInput(userId, "画面 変更", userId + "@test.kyoyu.example", "Kinoshita-no-mori-26",
				Side.AGENCY, null, null, null), false);
		browser.open(url("/login"));
		logIn(userId, "Kinoshita-no-mori-26");
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		browser.open(url("/account"));
		browser.find("#currentPassword").sendKeys("Kinoshita-no-mori-26");
		browser.find("#newPassword").sendKeys("Yamanote-no-aki-27");
		browser.find("#confirmPassword").sendKeys("Yamanote-no-aki-72");
		browser.find("#confirmPassword").submit();
		browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("confirmPassword-error")));
		assertThat(browser.find("#confirmPassword-error").getText())
			.isEqualTo("確認用のパスワードが一致しません。同じパスワードを2回入力してください。");
		assertThat(browser.find("#newPassword").getAttribute("value")).isEqualTo("Yamanote-no-aki-27");
		assertThat(browser.find("#currentPassword").getAttribute("value")).isEqualTo("Kinoshita-no-mori-26");
		assertThat(browser.find("#confirmPassword").getAttribute("value")).isEmpty();

		browser.find("#confirmPassword").sendKeys("Yamanote-no-aki-27");
		browser.find("#confirmPassword").submit();
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "パスワード"));
		assertThat(browser.driver().findElements(By.id("confirmPassword-error"))).isEmpty();
	}

	@Test
	void loginPageFitsAPhoneWithoutSideScrolling() {
		browser.resize(390, 844);
		browser.open(url("/login"));
		assertThat(browser.script("return window.innerWidth")).as("viewport width").isEqualTo(390L);
		Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).as("page width at 390 px").isLessThanOrEqualTo(390);
		assertThat(browser.find("button[type=submit]").isDisplayed()).isTrue();
		browser.screenshot("login-phone");
	}

	private void logIn(String userId, String password) {
		browser.find("#username").clear();
		browser.find("#username").sendKeys(userId);
		browser.find("#password").sendKeys(password);
		browser.find("button[type=submit]").click();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
