package jp.kyoyu.board;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import jp.kyoyu.support.ProjectFixtures;

/**
 * The services rows of the board (S2.x, issue #20): each ID shown on a 委託業務 project of its own, with the
 * services roles (業務担当員 sokatsu/kantoku, 管理技術者 gyomu), not only through the works tests (C2.x).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServicesBoardIntegrationTests {

	/** The port of spring.mail in the test configuration. */
	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@LocalServerPort
	int port;

	BoardApi api;

	long service;

	String marker;

	@BeforeEach
	void setUp() throws Exception {
		api = new BoardApi(port);
		service = new ProjectFixtures(api).service("掲示板業務").member("kantoku", "SERVICE_SUPERVISOR")
			.member("gyomu", "MANAGING_ENGINEER").create();
		marker = "業務記事" + UUID.randomUUID().toString().substring(0, 8);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "S2.1", "S2.2", "S2.3", "S2.4", "S2.6", "S2.10", "S2.11" })
	void aServicesProjectDoesIt(String id) throws Exception {
		long post = api.post(service, "gyomu", marker, List.of());
		switch (id) {
			case "S2.1" -> { // register, view, delete
				assertThat(api.read(api.get("/api/v1/posts/" + post, "kantoku")).get("title").asText()).isEqualTo(marker);
				assertThat(api.send("DELETE", "/api/v1/posts/" + post, "gyomu", null).statusCode()).isEqualTo(204);
				assertThat(api.get("/api/v1/posts/" + post, "kantoku").statusCode()).isEqualTo(404);
			}
			case "S2.2" -> { // title, author, date-time
				JsonNode line = api.read(api.get("/api/v1/projects/" + service + "/posts", "kantoku")).get(0);
				assertThat(line.get("title").asText()).isEqualTo(marker);
				assertThat(line.get("authorUserId").asText()).isEqualTo("gyomu");
				assertThat(line.get("createdAt").asText()).isNotBlank();
			}
			case "S2.3" -> { // reply comments
				HttpResponse<String> reply = api.send("POST", "/api/v1/posts/" + post + "/replies", "kantoku",
						Map.of("body", "業務担当員からの返信"));
				assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
				assertThat(api.read(api.get("/api/v1/posts/" + post, "gyomu")).get("replies").get(0).get("body").asText())
					.isEqualTo("業務担当員からの返信");
			}
			case "S2.4" -> { // attach files
				HttpResponse<String> file = api.upload("/api/v1/posts/" + post + "/attachments", "gyomu", "図面.txt",
						"業務の図面");
				assertThat(file.statusCode()).as(file.body()).isEqualTo(201);
				assertThat(api.read(api.get("/api/v1/posts/" + post, "kantoku")).get("attachments")).hasSize(1);
			}
			case "S2.6" -> { // who may see a post
				long hidden = api.post(service, "gyomu", marker + "限定", List.of("sokatsu"));
				assertThat(api.get("/api/v1/posts/" + hidden, "sokatsu").statusCode()).isEqualTo(200);
				assertThat(api.get("/api/v1/posts/" + hidden, "kantoku").statusCode()).isEqualTo(404);
			}
			case "S2.10" -> { // unread titles at login
				assertThat(api.titles(api.get("/api/v1/me/unread-posts", "kantoku"), "title")).contains(marker);
				api.get("/api/v1/posts/" + post, "kantoku");
				assertThat(api.titles(api.get("/api/v1/me/unread-posts", "kantoku"), "title")).doesNotContain(marker);
			}
			case "S2.11" -> { // search by title and author
				assertThat(api.titles(api.get("/api/v1/projects/" + service + "/posts?q=" + enc(marker), "kantoku"),
						"title")).containsExactly(marker);
				assertThat(api.titles(api.get("/api/v1/projects/" + service + "/posts?author=sokatsu", "kantoku"),
						"title")).doesNotContain(marker);
			}
			default -> throw new AssertionError(id);
		}
	}

	/** S2.5 (as C2.8): the services post mails exactly the members chosen, in Japanese, with the link. */
	@Test
	@DisplayName("S2.5")
	void aServicesPostMailsTheChosenMembers() throws Exception {
		HttpResponse<String> created = api.send("POST", "/api/v1/projects/" + service + "/posts", "gyomu",
				Map.of("title", marker, "body", "成果品の照査日程です。", "notify", List.of("kantoku")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long post = api.read(created).get("id").asLong();

		await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(marker).size() >= 1);
		List<MimeMessage> mails = mailsAbout(marker);
		assertThat(mails).extracting(mail -> mail.getRecipients(Message.RecipientType.TO)[0].toString())
			.as("kantoku only: sokatsu, also a member, was not chosen").containsExactly("kantoku@demo.kyoyu.example");
		assertThat(mails.get(0).getSubject()).startsWith("[Kyoyu] 掲示板に新しい記事があります：" + marker)
			.contains("掲示板業務");
		assertThat((String) mails.get(0).getContent()).contains("/board/posts/" + post);
	}

	/** S2.9 (as C2.9): a user's own group shows the services posts and replies of its members in one place. */
	@Test
	@DisplayName("S2.9")
	void aGroupShowsTheServicesPostsOfItsMembers() throws Exception {
		long post = api.post(service, "gyomu", marker, List.of());
		api.read(api.send("POST", "/api/v1/posts/" + post + "/replies", "kantoku", Map.of("body", marker + "への回答")));
		long group = api.read(api.send("POST", "/api/v1/groups", "sokatsu",
				Map.of("name", "業務の受注者", "members", List.of("gyomu")))).get("id").asLong();
		HttpResponse<String> view = api.get("/api/v1/groups/" + group + "/posts", "sokatsu");
		assertThat(view.statusCode()).isEqualTo(200);
		assertThat(view.body()).contains(marker).contains(marker + "への回答").contains("掲示板業務");
		assertThat(api.get("/api/v1/groups/" + group + "/posts", "gyomu").statusCode())
			.as("a group is its maker's").isEqualTo(404);
	}

	private static List<MimeMessage> mailsAbout(String title) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject().contains(title);
			}
			catch (MessagingException e) {
				return false;
			}
		}).toList();
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
