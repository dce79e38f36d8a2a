package jp.kyoyu.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.Browser;
import jp.kyoyu.support.JapanDate;

/**
 * In a real browser on the demo services project: gyomu registers material with a drawing, tanto comments,
 * gyomu turns the matter into a 打合せ記録簿 carrying the content and the drawing, then submits it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultationBrowserIntegrationTests {

	static final String SERVICES = "中部地区 農地整備事業 測量設計業務委託";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void gyomuRegistersTantoCommentsGyomuConvertsAndSubmits() throws Exception {
		ConsultationApi api = new ConsultationApi(port);
		long projectId = servicesProject(api);
		String title = "測量範囲の事前確認 " + UUID.randomUUID().toString().substring(0, 6);
		Path drawing = Files.createTempDirectory("kyoyu").resolve("測量範囲図.pdf");
		Files.writeString(drawing, "%PDF-1.4 survey area");

		login("gyomu");
		browser.open(api.url("/projects/" + projectId));
		browser.driver().findElement(By.linkText("事前打合せ")).click();
		browser.driver().findElement(By.linkText("事前打合せの資料を登録")).click();
		browser.find("#title").sendKeys(title);
		browser.find("#body").sendKeys("北工区の測量範囲を添付図のとおりとしたいので、確認をお願いします。");
		browser.find("#files").sendKeys(drawing.toAbsolutePath().toString());
		browser.find("#notify-BOARD").click();
		browser.find("form.card button.primary[type=submit]").click();
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "資料を登録しました"));
		String matterUrl = browser.driver().getCurrentUrl();
		assertThat(browser.find("#files").getText()).contains("測量範囲図.pdf");
		assertThat(browser.find("#status").getText()).isEqualTo("登録済");
		logout();

		login("tanto");
		browser.open(api.url("/projects/" + projectId + "/consultations"));
		assertThat(browser.find("#matter-list").getText()).contains(title).contains("登録済");
		browser.driver().findElement(By.linkText(title)).click();
		browser.find("#comment-body").sendKeys("範囲は了承します。南側の農道も含めてください。");
		browser.find("#comment button.primary").click();
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "コメントを登録しました"));
		assertThat(browser.find("#status").getText()).isEqualTo("回答あり");
		logout();

		login("gyomu");
		browser.open(matterUrl);
		assertThat(browser.pageText()).contains("範囲は了承します。南側の農道も含めてください。").contains("田中 担");
		new Select(browser.find("#type")).selectByVisibleText("打合せ記録簿");
		browser.find("#convert").click();
		browser.await(ExpectedConditions.urlContains("/proposals/"));
		long proposalId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/proposals/(\\d+).*", "$1"));
		assertThat(browser.find("p.notice").getText()).contains("発議書類（下書き）を作成しました");
		assertThat(browser.find("#proposal-title").getAttribute("value")).isEqualTo(title);
		assertThat(browser.pageText()).contains("打合せ記録簿").contains("測量範囲図.pdf");

		// The remaining form fields (meeting date, attendees) are filled through the API, which keeps the test
		// about the hand-over rather than about typing into form-js; the submission itself is done on the pages.
		JsonNode proposal = api.read(api.get("/api/v1/proposals/" + proposalId, "gyomu"));
		assertThat(proposal.get("fields").get("content").asText()).contains("北工区の測量範囲")
			.contains("南側の農道も含めてください。");
		Map<String, Object> fields = new LinkedHashMap<>(api.json.convertValue(proposal.get("fields"), Map.class));
		fields.put("meetingDate", JapanDate.today().toString());
		fields.put("meetingMethod", "ONLINE");
		fields.put("agencyAttendees", "田中 担");
		fields.put("contractorAttendees", "業務 管理");
		assertThat(api.send("PUT", "/api/v1/proposals/" + proposalId, "gyomu", Map.of("title", title, "fields", fields))
			.statusCode()).isEqualTo(200);
		browser.open(api.url("/proposals/" + proposalId));
		browser.find("#workflow-links a.primary").click();
		browser.await(ExpectedConditions.urlContains("/submit"));
		browser.script("document.getElementById('requestedAnswerDate').value='" + JapanDate.today().plusDays(7) + "'");
		browser.find("#submit-form button.primary").click();
		browser.await(ExpectedConditions.urlContains("/approval"));
		assertThat(browser.pageText()).contains("承認中");
		assertThat(api.read(api.get("/api/v1/proposals/" + proposalId, "gyomu")).get("status").asText())
			.isEqualTo("IN_REVIEW");

		browser.open(matterUrl);
		assertThat(browser.find("#status").getText()).isEqualTo("発議済");
		browser.find("#proposal-link").click();
		browser.await(ExpectedConditions.urlContains("/proposals/" + proposalId));
		assertThat(browser.pageText()).contains("承認中");
		browser.open(api.url("/projects/" + projectId + "/consultations"));
		assertThat(browser.find("#proposal-list").getText()).contains("打合せ記録簿：" + title).contains("承認中")
			.contains("事前打合せ No.");
	}

	private long servicesProject(ConsultationApi api) throws Exception {
		for (JsonNode project : api.read(api.get("/api/v1/projects", "gyomu"))) {
			if (project.get("name").asText().equals(SERVICES)) {
				return project.get("id").asLong();
			}
		}
		throw new IllegalStateException("demo services project missing");
	}

	private void login(String user) {
		browser.open(new ConsultationApi(port).url("/login"));
		browser.find("#username").sendKeys(user);
		browser.find("#password").sendKeys(ConsultationApi.PASSWORD);
		browser.find("button[type=submit]").click();
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void logout() {
		browser.find("form.inline button.link").click();
		browser.await(ExpectedConditions.urlContains("/login"));
	}
}
