package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #20: the workflow's mails name the person who acted — the proposer on the first 承認・確認の依頼, the
 * previous approver on the next, the last approver on 承認されました, 「X（Y の代理）」 for a deputy, the one who
 * approved ahead on the post-review request — never 「Kyoyu（自動通知）」, which only the daily reminder says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActorInMailsIntegrationTests {

	/** The port of spring.mail in the test configuration. */
	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	private static final String AUTOMATIC = "Kyoyu（自動通知）";

	@LocalServerPort
	int port;

	WorkflowApi api;

	long project;

	@BeforeEach
	void setUp() {
		api = new WorkflowApi(port);
		project = api.worksProject();
	}

	@AfterEach
	void present() {
		api.ok("PUT", "/api/v1/me/absences", "kantoku", List.of());
	}

	@Test
	void aNormalApprovalNamesTheProposerThenEachApprover() throws Exception {
		String title = title("通常の承認");
		long id = api.draft(project, title, "REPORT");
		api.submit(id, "kantoku", "shunin");
		assertThat(body("kantoku", title, "承認・確認の依頼")).contains("依頼した人：伊藤 現\n")
			.contains("ご確認をお願いします。").doesNotContain(AUTOMATIC);

		approve("kantoku", id);
		assertThat(body("shunin", title, "承認・確認の依頼")).contains("依頼した人：高橋 監子\n").doesNotContain(AUTOMATIC);

		approve("shunin", id);
		assertThat(body("genba", title, "承認されました")).contains("承認した人：鈴木 主税\n").doesNotContain(AUTOMATIC);
	}

	@Test
	void aDeputysApprovalNamesTheDeputyAndWhomTheyStoodInFor() throws Exception {
		api.absentToday("kantoku", "sokatsu");
		String title = title("代理の承認");
		long id = api.draft(project, title, "REPORT");
		api.submit(id, "kantoku", "shunin");
		approve("sokatsu", id);
		assertThat(body("shunin", title, "承認・確認の依頼")).contains("依頼した人：佐藤 総一（高橋 監子 の代理）\n");

		String last = title("代理の最終承認");
		long only = api.draft(project, last, "REPORT");
		api.submit(only, "kantoku");
		approve("sokatsu", only);
		assertThat(body("genba", last, "承認されました")).contains("承認した人：佐藤 総一（高橋 監子 の代理）\n")
			.doesNotContain(AUTOMATIC);
	}

	@Test
	void anApprovalAheadNamesWhoApprovedAheadInThePostReviewRequestAndTheApproval() throws Exception {
		api.absentToday("kantoku", null);
		String title = title("先行承認");
		long id = api.draft(project, title, "REPORT");
		api.submit(id, "kantoku", "shunin");
		api.ok("POST", "/api/v1/proposals/" + id + "/approve-ahead", "shunin", Map.of("comment", "急ぎのため"));

		assertThat(body("kantoku", title, "後閲のお願い")).contains("先行して承認した人：鈴木 主税\n").contains("急ぎのため")
			.doesNotContain(AUTOMATIC);
		assertThat(body("genba", title, "承認されました")).contains("承認した人：鈴木 主税\n").doesNotContain(AUTOMATIC);
	}

	private void approve(String user, long id) {
		JsonNode task = null;
		for (JsonNode candidate : api.ok("GET", "/api/v1/tasks", user, null)) {
			if (candidate.get("proposalId").asLong() == id && candidate.get("kind").asText().equals("APPROVE")) {
				task = candidate;
			}
		}
		assertThat(task).as(user + " holds a step of " + id).isNotNull();
		assertThat(api.complete(user, task.get("id").asText(), Map.of("action", "APPROVE")).statusCode()).isEqualTo(200);
	}

	/** The text of the one mail to {@code user} whose subject names the kind and the title (sent after commit). */
	private static String body(String user, String title, String kind) throws Exception {
		String address = user + "@demo.kyoyu.example";
		await().atMost(Duration.ofSeconds(30)).until(() -> mails(address, title, kind).size() == 1);
		return (String) mails(address, title, kind).get(0).getContent();
	}

	private static List<MimeMessage> mails(String address, String title, String kind) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
			try {
				return mail.getSubject().contains(kind) && mail.getSubject().contains("「" + title + "」")
						&& mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static String title(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
	}
}
