package jp.kyoyu.consultation;

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

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.notification.Notice;
import jp.kyoyu.notification.NotificationPreferenceManagement;

/**
 * Registering material and answering reach the other side by mail in Japanese (S4.9, S4.11), with the answer
 * status and a link to the matter; the side that acted gets nothing, nor does a user who switched them off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultationMailIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@LocalServerPort
	int port;

	@Autowired
	NotificationPreferenceManagement preferences;

	@Test
	void materialAndAnswerAreMailedToTheOtherSide() throws Exception {
		ConsultationApi api = new ConsultationApi(port);
		long projectId = api.project("事前打合せ メール");
		String title = "仮設道路の位置 " + UUID.randomUUID().toString().substring(0, 6);
		preferences.change("sokatsu", Map.of(Notice.CONSULTATION, false), null);
		long id;
		try {
			id = api.matter(projectId, "gyomu", title, "MAIL");
			await().atMost(Duration.ofSeconds(20)).until(() -> about(title, "資料の登録").size() == 1);
		}
		finally {
			preferences.change("sokatsu", Map.of(Notice.CONSULTATION, true), null);
		}
		assertThat(about(title, "資料の登録")).extracting(ConsultationMailIntegrationTests::to)
			.as("the agency members of the project, but not sokatsu, who switched these notices off")
			.containsExactly("tanto@demo.kyoyu.example");
		MimeMessage registered = about(title, "資料の登録").get(0);
		assertThat(registered.getSubject()).isEqualTo("[Kyoyu] 事前打合せ：資料の登録「" + title + "」（"
				+ api.read(api.get("/api/v1/projects/" + projectId, "gyomu")).get("name").asText() + "）");
		assertThat((String) registered.getContent()).contains(title + " の資料です。").contains("状況：登録済")
			.contains("/consultations/" + id);

		api.comment(id, "tanto", "位置は了承します。");
		await().atMost(Duration.ofSeconds(20)).until(() -> about(title, "コメント").size() == 1);
		MimeMessage answered = about(title, "コメント").get(0);
		assertThat(to(answered)).isEqualTo("gyomu@demo.kyoyu.example");
		assertThat((String) answered.getContent()).contains("位置は了承します。").contains("状況：回答あり");
		assertThat(api.get("/api/v1/projects/" + projectId + "/posts", "tanto").body())
			.as("mail only: nothing on the board").doesNotContain(title);
	}

	private static List<MimeMessage> about(String title, String event) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject().contains(title) && message.getSubject().contains(event);
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
