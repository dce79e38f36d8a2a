package jp.kyoyu.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.support.RightsFixture;

/** New-post notices reach a real SMTP server, in Japanese, only for the users the author chose (C2.8). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardMailIntegrationTests {

	/** The port of spring.mail in the test configuration. */
	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@LocalServerPort
	int port;

	@Test
	void theChosenUsersGetAJapaneseNotice() throws Exception {
		BoardApi api = new BoardApi(port);
		long projectId = api.project("メール通知");
		String title = "コンクリート打設の予定 " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = api.send("POST", "/api/v1/projects/" + projectId + "/posts", "kantoku",
				Map.of("title", title, "body", "明日9時から打設します。", "notify", List.of("genba", "shunin")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = api.json.readTree(created.body()).get("id").asLong();

		await().atMost(Duration.ofSeconds(20)).until(() -> about(title).size() == 2);
		List<MimeMessage> mails = about(title);
		assertThat(mails).extracting(BoardMailIntegrationTests::to)
			.containsExactlyInAnyOrder("genba@demo.kyoyu.example", "shunin@demo.kyoyu.example");
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).startsWith("[Kyoyu] 掲示板に新しい記事があります：" + title).contains("メール通知");
		assertThat(mail.getContentType()).containsIgnoringCase("UTF-8");
		assertThat((String) mail.getContent()).contains(title).contains("/board/posts/" + id);
	}

	@Test
	void noNoticeGoesToAUserWithoutTheBoardRight() throws Exception {
		RightsFixture rights = new RightsFixture(port);
		String withoutBoard = rights.user("nb", "CONTRACTOR");
		rights.rights(withoutBoard, Feature.BOARD, AccessLevel.NONE);
		BoardApi api = new BoardApi(port);
		long projectId = api.project("権限のない人への通知");
		api.member(projectId, withoutBoard, "CONTRACTOR_STAFF");
		String title = "掲示板の権限 " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = api.send("POST", "/api/v1/projects/" + projectId + "/posts", "kantoku",
				Map.of("title", title, "body", "本文", "notify", List.of("genba", withoutBoard)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		// Both mails would be sent in one batch: once genba's is there, the other would be too.
		await().atMost(Duration.ofSeconds(20)).until(() -> about(title).size() >= 1);
		assertThat(about(title)).extracting(BoardMailIntegrationTests::to).containsExactly("genba@demo.kyoyu.example");
	}

	@Test
	void noticeToSomeoneWhoMayNotSeeThePostIsRefused() throws Exception {
		BoardApi api = new BoardApi(port);
		long projectId = api.project("メール通知の制限");
		HttpResponse<String> refused = api.send("POST", "/api/v1/projects/" + projectId + "/posts", "kantoku",
				Map.of("title", "秘密", "body", "b", "visibleTo", Map.of("users", List.of("genba")),
						"notify", List.of("shunin")));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("notify").contains("閲覧できない");
		assertThat(api.titles(api.get("/api/v1/projects/" + projectId + "/posts", "kantoku"), "title"))
			.as("nothing was posted").isEmpty();
	}

	private static List<MimeMessage> about(String title) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject().contains(title);
			}
			catch (MessagingException e) {
				return false;
			}
		}).toList();
	}

	private static String to(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
