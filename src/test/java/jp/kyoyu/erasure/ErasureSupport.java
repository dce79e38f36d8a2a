package jp.kyoyu.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import jp.kyoyu.support.JapanDate;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * The setup the erasure tests share, written once: the API client, a project whose contract has ended, a proposal
 * drafted and submitted in it, running an erasure and waiting for it, and reading the mails it sends.
 */
final class ErasureSupport {

	private ErasureSupport() {
	}

	/** The tests' JSON client (HTTP Basic, no cookies). */
	static JsonApi api(int port) {
		return new JsonApi(port) {
		};
	}

	/**
	 * A works project named exactly {@code name} (the erasure asks for it) whose contract ended 2026-03-31 (fiscal
	 * 2025, erasure date 2026-06-29); the members still to add.
	 */
	static ProjectFixtures.NewProject endedProject(JsonApi api, String name) {
		return new ProjectFixtures(api).worksNamedExactly(name).fiscalYear(2025).period("2025-06-01", "2026-03-31");
	}

	/** A 工事打合せ簿 of genba's whose content carries its title. */
	static long draft(JsonApi api, long project, String title) throws Exception {
		return created(api, api.send("POST", "/api/v1/projects/" + project + "/proposals", "genba", Map.of("type",
				"worksMeetingRecord", "title", title, "fields", Map.of("matter", "CONSULTATION", "content", "内容 " + title))));
	}

	/** Submitted by genba to kantoku, the answer asked for in two weeks (Japan's date, as the server's). */
	static void submit(JsonApi api, long proposal) throws Exception {
		ok(api.send("POST", "/api/v1/proposals/" + proposal + "/submit", "genba", Map.of("route",
				List.of(Map.of("userId", "kantoku", "role", "APPROVER")), "requestedAnswerDate",
				JapanDate.today().plusDays(14).toString(), "importance", "NORMAL", "comment", "ご確認ください")));
	}

	static HttpResponse<String> run(JsonApi api, long project, String user, String confirmName, String reason)
			throws Exception {
		return api.send("POST", "/api/v1/projects/" + project + "/erasure/run", user,
				Map.of("confirmName", confirmName, "reason", reason));
	}

	/** The erasure's status as the administrator sees it (SCHEDULED, RUNNING, ERASED ...). */
	static String status(JsonApi api, long project) throws Exception {
		return api.read(api.get("/api/v1/projects/" + project + "/erasure", "admin")).get("status").asText();
	}

	/** The run goes on in the background (its own executor, not an event listener): poll its status. */
	static void awaitErased(JsonApi api, long project) {
		await().atMost(Duration.ofSeconds(20)).dontCatchUncaughtExceptions().alias("erased: " + project)
			.until(() -> status(api, project).equals("ERASED"));
	}

	static long created(JsonApi api, HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return api.read(response).get("id").asLong();
	}

	static void ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
	}

	/** Every leaf part of a mail, nested multiparts opened. */
	static List<BodyPart> parts(MimeMultipart multipart) throws Exception {
		List<BodyPart> parts = new ArrayList<>();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContent() instanceof MimeMultipart nested) {
				parts.addAll(parts(nested));
			}
			else {
				parts.add(part);
			}
		}
		return parts;
	}

	/** The subject, "" for none. */
	static String subject(MimeMessage mail) {
		try {
			return mail.getSubject() == null ? "" : mail.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The first To address. */
	static String to(MimeMessage mail) {
		try {
			return mail.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
