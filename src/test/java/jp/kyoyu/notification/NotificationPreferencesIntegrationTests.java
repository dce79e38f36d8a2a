package jp.kyoyu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.support.BrowserlessClient;

/** Each user chooses which notices they receive, on their account pages and through the API (C4.19). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationPreferencesIntegrationTests {

	static final String API = "/api/v1/me/notification-preferences";

	final NoticeFixtures fixtures;

	final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	NotificationPreferencesIntegrationTests(@Autowired AccountManagement accounts,
			@Autowired ApplicationEventPublisher events, @Autowired TransactionTemplate transaction) {
		this.fixtures = new NoticeFixtures(accounts, events, transaction);
	}

	@Test
	void theAccountPageLeadsToTheNoticesWhereAUserSwitchesKindsOff() {
		String user = fixtures.user("画面 一郎");
		BrowserlessClient browser = new BrowserlessClient(port);
		assertThat(browser.login(user, NoticeFixtures.PASSWORD).statusCode()).isEqualTo(302);

		assertThat(browser.get("/account").body()).contains("href=\"/account/notifications\"").contains("メール通知の設定を変更する");
		String page = browser.get("/account/notifications").body();
		assertThat(page).contains("メール通知の設定").contains("差戻しがあったとき").contains("掲示板の新しい記事のお知らせ");
		assertThat(checked(page)).containsExactlyInAnyOrder("TASK_ASSIGNED", "APPROVED", "SENT_BACK", "ANSWERED",
				"POST_REVIEW_REQUESTED", "OVERDUE", "BOARD_POST", "CONSULTATION");

		HttpResponse<String> saved = browser.submit("/account/notifications", "/account/notifications",
				"notices=TASK_ASSIGNED&notices=SENT_BACK&notices=POST_REVIEW_REQUESTED&notices=OVERDUE&importantOnly=true");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/notifications"));

		String after = browser.get("/account/notifications").body();
		assertThat(after).contains("メール通知の設定を保存しました。");
		assertThat(checked(after)).containsExactlyInAnyOrder("TASK_ASSIGNED", "SENT_BACK", "POST_REVIEW_REQUESTED",
				"OVERDUE", "importantOnly");
	}

	@Test
	void theApiShowsEveryKindOnAtFirstAndChangesOnlyTheKindsNamed() throws Exception {
		String user = fixtures.user("API 二郎");

		JsonNode initial = read(call("GET", user, null), 200);
		assertThat(initial.get("importantOnly").asBoolean()).isFalse();
		assertThat(initial.get("notices")).hasSize(8).allSatisfy(n -> assertThat(n.get("receive").asBoolean()).isTrue());
		assertThat(initial.get("notices").get(0).get("notice").asText()).isEqualTo("TASK_ASSIGNED");
		assertThat(initial.get("notices").get(0).get("label").asText()).contains("承認・確認の依頼");

		JsonNode changed = read(call("PUT", user, """
				{"notices":[{"kind":"APPROVED","receive":false},{"kind":"BOARD_POST","receive":false}],"importantOnly":true}"""), 200);
		assertThat(receiving(changed)).containsExactly("TASK_ASSIGNED", "SENT_BACK", "ANSWERED", "POST_REVIEW_REQUESTED", "OVERDUE",
				"CONSULTATION");
		assertThat(changed.get("importantOnly").asBoolean()).isTrue();

		read(call("PUT", user, """
				{"notices":[{"kind":"BOARD_POST","receive":true}]}"""), 200);
		JsonNode now = read(call("GET", user, null), 200);
		assertThat(receiving(now)).as("APPROVED stays off, BOARD_POST is on again")
			.containsExactly("TASK_ASSIGNED", "SENT_BACK", "ANSWERED", "POST_REVIEW_REQUESTED", "OVERDUE", "BOARD_POST",
					"CONSULTATION");
		assertThat(now.get("importantOnly").asBoolean()).as("not named, so unchanged").isTrue();
		assertThat(read(call("GET", "genba", "Kyoyu#Demo2026", null), 200).get("notices")).as("another user's choices are their own")
			.allSatisfy(n -> assertThat(n.get("receive").asBoolean()).isTrue());
	}

	@Test
	void aWrongKindOrValueIsRefusedInJapaneseAndChangesNothing() throws Exception {
		String user = fixtures.user("入力 三郎");

		HttpResponse<String> unknown = call("PUT", user, """
				{"notices":[{"kind":"APPROVED","receive":false},{"kind":"LUNCH","receive":false}]}""");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("notices[1].kind").contains("通知の種類").contains("TASK_ASSIGNED");
		HttpResponse<String> missing = call("PUT", user, "{\"notices\":[{\"kind\":\"APPROVED\"}]}");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("notices[0].receive").contains("true または false");
		assertThat(call("PUT", user, "{\"notices\":[{\"kind\":\"APPROVED\",\"receive\":\"たぶん\"}]}").statusCode())
			.isEqualTo(400);
		assertThat(call("PUT", user, "{\"importantOnly\":").statusCode()).isEqualTo(400);

		assertThat(receiving(read(call("GET", user, null), 200))).as("nothing was changed").hasSize(8);
	}

	@Test
	void aChangeIsRecordedInTheAuditLog() throws Exception {
		String user = fixtures.user("監査 四郎");
		read(call("PUT", user, "{\"notices\":[{\"kind\":\"OVERDUE\",\"receive\":false}]}"), 200);

		BrowserlessClient admin = new BrowserlessClient(port);
		assertThat(admin.login("admin", "Kyoyu#Demo2026").statusCode()).isEqualTo(302);
		String path = "/admin/audit.csv?target=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
		await().atMost(Duration.ofSeconds(10)).until(() -> admin.get(path).body().contains("notification.preferences-changed"));
		assertThat(admin.get(path).body()).contains("受け取らない通知：処理期限を過ぎた書類の督促（毎日）");
	}

	private HttpResponse<String> call(String method, String user, String body) {
		return call(method, user, NoticeFixtures.PASSWORD, body);
	}

	private HttpResponse<String> call(String method, String user, String password, String body) {
		HttpRequest.Builder request = BrowserlessClient.basic("http://localhost:" + port + API, user, password);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return new BrowserlessClient(port).send(request.build());
	}

	private JsonNode read(HttpResponse<String> response, int status) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	private static List<String> receiving(JsonNode preferences) {
		List<String> on = new ArrayList<>();
		preferences.get("notices").forEach(n -> {
			if (n.get("receive").asBoolean()) {
				on.add(n.get("notice").asText());
			}
		});
		return on;
	}

	/** The values (or ids, for a lone checkbox) of the ticked checkboxes on a page. */
	private static List<String> checked(String html) {
		List<String> values = new ArrayList<>();
		java.util.regex.Matcher inputs = java.util.regex.Pattern.compile("<input[^>]*type=\"checkbox\"[^>]*>").matcher(html);
		while (inputs.find()) {
			String input = inputs.group();
			if (input.contains("checked")) {
				java.util.regex.Matcher value = java.util.regex.Pattern.compile("name=\"(\\w+)\" value=\"(\\w+)\"").matcher(input);
				if (value.find()) {
					values.add("importantOnly".equals(value.group(1)) ? "importantOnly" : value.group(2));
				}
			}
		}
		return values;
	}
}
