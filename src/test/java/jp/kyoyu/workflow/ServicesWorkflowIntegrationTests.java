package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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
import jp.kyoyu.support.RightsFixture;

/**
 * The services rows of the approval workflow (S4.x, issue #20), each on a 委託業務 project of its own: a 打合せ記録簿
 * (serviceMeetingRecord) proposed by the 管理技術者 gyomu and approved by the 業務担当員 tanto and kantoku
 * (SERVICE_SUPERVISOR), with sokatsu as 総括監督員. The works rows (C4.x) have their own tests; these show that the
 * same process, lists, mails and rules hold for a services project and its roles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServicesWorkflowIntegrationTests {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	/** The port of spring.mail in the test configuration. */
	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	/** One services project for every row (made once: each row's proposal has a title of its own). */
	private static long service;

	private static String serviceName;

	@LocalServerPort
	int port;

	WorkflowApi api;

	RightsFixture users;

	LocalDate today;

	String title;

	@BeforeEach
	void setUp() throws Exception {
		api = new WorkflowApi(port);
		users = new RightsFixture(port);
		today = LocalDate.now(JAPAN);
		if (service == 0) {
			serviceName = "業務の承認 " + ProjectFixtures.unique();
			service = new ProjectFixtures(port).service("unused").named(serviceName)
				.member("tanto", "SERVICE_SUPERVISOR").member("kantoku", "SERVICE_SUPERVISOR")
				.member("gyomu", "MANAGING_ENGINEER").create();
		}
		title = "業務打合せ " + ProjectFixtures.unique();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "S4.1", "S4.2", "S4.3", "S4.4", "S4.5", "S4.6", "S4.7", "S4.14", "S4.15", "S4.16",
			"S4.17", "S4.18", "S4.19", "S4.20", "S4.21", "S4.22", "S4.23", "S4.24", "S4.25", "S4.26", "S4.27" })
	void aServicesProjectDoesIt(String id) throws Exception {
		switch (id) {
			case "S4.1" -> { // electronic approval inside the system
				long proposal = submitted(title, "tanto");
				assertThat(api.proposal(proposal, "gyomu").get("status").asText()).isEqualTo("IN_REVIEW");
				approve("tanto", proposal, Map.of());
				assertThat(api.proposal(proposal, "gyomu").get("status").asText()).isEqualTo("APPROVED");
			}
			case "S4.2" -> { // the planned answer date, the receipt date with the first approval
				long proposal = submitted(title, "tanto", "kantoku");
				approve("tanto", proposal, Map.of("plannedAnswerDate", today.plusDays(5).toString()));
				JsonNode received = api.proposal(proposal, "gyomu");
				assertThat(received.get("receiptDate").asText()).isEqualTo(today.toString());
				assertThat(received.get("plannedAnswerDate").asText()).isEqualTo(today.plusDays(5).toString());
			}
			case "S4.3" -> { // interim and final processing/answer dates, refused before the submission
				long proposal = submitted(title, "tanto", "kantoku");
				HttpResponse<String> early = api.complete("tanto", api.task("tanto", proposal, "APPROVE"), Map.of(
						"action", "APPROVE", "answer", "一次回答", "interimAnswerDate", today.minusDays(1).toString()));
				assertThat(early.statusCode()).isEqualTo(400);
				assertThat(early.body()).contains("「中間処理・回答日」は提出日");
				approve("tanto", proposal, Map.of("answer", "一次回答", "interimAnswerDate", today.plusDays(1).toString()));
				approve("kantoku", proposal, Map.of("finalAnswerDate", today.plusDays(2).toString()));
				JsonNode approved = api.proposal(proposal, "gyomu");
				assertThat(approved.get("interimAnswerDate").asText()).isEqualTo(today.plusDays(1).toString());
				assertThat(approved.get("answerDate").asText()).isEqualTo(today.plusDays(2).toString());
			}
			case "S4.4" -> { // approval history and the current status in the list
				long proposal = submitted(title, "tanto", "kantoku");
				approve("tanto", proposal, Map.of());
				assertThat(actions(proposal)).containsExactly("SUBMIT", "APPROVE");
				JsonNode row = row(listed("tanto", "?projectId=" + service), proposal);
				assertThat(row.get("status").asText()).isEqualTo("IN_REVIEW");
				assertThat(row.get("currentUserId").asText()).isEqualTo("kantoku");
			}
			case "S4.5" -> { // a 業務担当員 lists one, several or all of the services in their charge
				long other = new ProjectFixtures(port).service("もう一つの業務").member("tanto", "SERVICE_SUPERVISOR")
					.member("gyomu", "MANAGING_ENGINEER").create();
				long here = submitted(title, "tanto");
				long there = submittedIn(other, title + " 別業務", "tanto");
				assertThat(ids(listed("tanto", "?projectId=" + service))).contains(here).doesNotContain(there);
				assertThat(ids(listed("tanto", "?projectIds=" + service + "&projectIds=" + other)))
					.contains(here, there);
				assertThat(ids(listed("tanto", ""))).contains(here, there);
			}
			case "S4.6" -> { // the list's columns
				long proposal = submitted(title, "tanto");
				approve("tanto", proposal, Map.of("plannedAnswerDate", today.plusDays(3).toString()));
				JsonNode row = row(listed("gyomu", "?projectId=" + service), proposal);
				assertThat(row.get("projectName").asText()).isEqualTo(serviceName);
				assertThat(row.get("title").asText()).isEqualTo(title);
				assertThat(row.get("documentTypeName").asText()).isEqualTo("打合せ記録簿");
				assertThat(row.get("status").asText()).isEqualTo("APPROVED");
				assertThat(row.get("requestedAnswerDate").asText()).isEqualTo(today.plusDays(14).toString());
				assertThat(row.get("receiptDate").asText()).isEqualTo(today.toString());
				assertThat(row.get("plannedAnswerDate").asText()).isEqualTo(today.plusDays(3).toString());
				assertThat(row.get("answerDate").asText()).isEqualTo(today.toString());
			}
			case "S4.7" -> { // filter by status, sort by title
				long approved = submitted(title + " B", "tanto");
				approve("tanto", approved, Map.of());
				long open = submitted(title + " A", "tanto");
				List<Long> inReview = ids(listed("tanto", "?projectId=" + service + "&status=IN_REVIEW"));
				assertThat(inReview).contains(open).doesNotContain(approved);
				List<Long> byTitle = ids(listed("tanto", "?projectId=" + service + "&sort=title"));
				assertThat(byTitle.indexOf(open)).isLessThan(byTitle.indexOf(approved)).isNotNegative();
			}
			case "S4.14" -> { // the default route from the DMN; the chosen order holds
				long draft = draft(title);
				assertThat(api.ok("GET", "/api/v1/proposals/" + draft + "/default-route", "gyomu", null))
					.extracting(step -> step.get("userId").asText()).isNotEmpty()
					.allMatch(user -> List.of("tanto", "kantoku", "sokatsu").contains(user));
				submit(draft, "kantoku", "tanto");
				assertThat(api.hasTask("tanto", draft)).as("second in the chosen order").isFalse();
				approve("kantoku", draft, Map.of());
				assertThat(api.hasTask("tanto", draft)).isTrue();
			}
			case "S4.15" -> { // the proposer's explanation, read by the approver
				long proposal = submitted(title, "tanto");
				JsonNode submit = api.ok("GET", "/api/v1/proposals/" + proposal + "/history", "tanto", null).get(0);
				assertThat(submit.get("action").asText()).isEqualTo("SUBMIT");
				assertThat(submit.get("comment").asText()).isEqualTo("ご確認をお願いします。");
			}
			case "S4.16" -> { // the route is told by mail
				submitted(title, "tanto");
				MimeMessage mail = mailTo("tanto@demo.kyoyu.example", title);
				assertThat(mail.getSubject()).startsWith("[Kyoyu] 承認・確認の依頼：").contains(serviceName);
			}
			case "S4.17" -> { // 重要/通常 and each user's choice (here: important notices only)
				String picky = users.user("jyuyo", "AGENCY");
				api.ok("POST", "/api/v1/projects/" + service + "/members", "sokatsu",
						Map.of("userId", picky, "role", "SERVICE_SUPERVISOR"));
				api.ok("PUT", "/api/v1/me/notification-preferences", picky, Map.of("importantOnly", true));
				long normal = draft(title + " 通常");
				submitWith(normal, "NORMAL", picky);
				long important = draft(title + " 重要");
				submitWith(important, "IMPORTANT", picky);
				MimeMessage mail = mailTo(picky + "@example.jp", title + " 重要");
				assertThat(mail.getSubject()).startsWith("【重要】[Kyoyu] 承認・確認の依頼：");
				assertThat(mails(title + " 通常")).as("a normal notice is not sent to who wants important ones only")
					.isEmpty();
			}
			case "S4.18" -> { // approve or send back
				long proposal = submitted(title, "tanto");
				decide("tanto", proposal, Map.of("action", "SEND_BACK_TO_PROPOSER", "comment", "図面を添付してください。"));
				assertThat(api.proposal(proposal, "gyomu").get("status").asText()).isEqualTo("SENT_BACK");
				assertThat(api.hasTask("gyomu", proposal)).isTrue();
			}
			case "S4.19" -> { // send back to the previous approver, with the reason
				long proposal = submitted(title, "tanto", "kantoku");
				approve("tanto", proposal, Map.of());
				String task = api.task("kantoku", proposal, "APPROVE");
				HttpResponse<String> noReason = api.complete("kantoku", task, Map.of("action", "SEND_BACK_TO_PREVIOUS"));
				assertThat(noReason.statusCode()).isEqualTo(400);
				assertThat(noReason.body()).contains("理由");
				decide("kantoku", proposal, Map.of("action", "SEND_BACK_TO_PREVIOUS", "comment", "数量を再確認"));
				assertThat(api.task("tanto", proposal, "APPROVE")).isNotBlank();
				assertThat(api.proposal(proposal, "gyomu").get("status").asText()).isEqualTo("IN_REVIEW");
			}
			case "S4.20" -> { // the approver enters the answer into the document's answer part
				long proposal = submitted(title, "tanto");
				approve("tanto", proposal, Map.of("answer", "指示のとおり進めてください。"));
				assertThat(api.proposal(proposal, "gyomu").get("fields").get("answerContent").asText())
					.isEqualTo("指示のとおり進めてください。");
			}
			case "S4.21" -> { // the approver's remarks, read by the proposer
				long proposal = submitted(title, "tanto");
				approve("tanto", proposal, Map.of("comment", "次回は写真も添えてください。"));
				JsonNode approval = api.ok("GET", "/api/v1/proposals/" + proposal + "/history", "gyomu", null).get(1);
				assertThat(approval.get("actor").asText()).isEqualTo("tanto");
				assertThat(approval.get("comment").asText()).isEqualTo("次回は写真も添えてください。");
			}
			case "S4.22" -> { // the proposer is told by mail of an approval and of a send-back
				long approved = submitted(title + " 承認", "tanto");
				approve("tanto", approved, Map.of());
				assertThat(mailTo("gyomu@demo.kyoyu.example", title + " 承認").getSubject())
					.startsWith("[Kyoyu] 承認されました：");
				long sentBack = submitted(title + " 差戻し", "tanto");
				decide("tanto", sentBack, Map.of("action", "SEND_BACK_TO_PROPOSER", "comment", "記載漏れ"));
				assertThat(mailTo("gyomu@demo.kyoyu.example", title + " 差戻し").getSubject())
					.startsWith("[Kyoyu] 差戻し：");
			}
			case "S4.23" -> { // the 業務担当員's deputy approves while they are absent
				String absent = member("fuzai");
				long proposal = submitted(title, absent);
				absentToday(absent, "tanto");
				JsonNode offered = null;
				for (JsonNode task : api.ok("GET", "/api/v1/tasks", "tanto", null)) {
					if (task.get("proposalId").asLong() == proposal) {
						offered = task;
					}
				}
				assertThat(offered).as("the deputy is offered the step").isNotNull();
				assertThat(offered.get("onBehalfOfUserId").asText()).isEqualTo(absent);
				assertThat(api.complete("tanto", offered.get("id").asText(), Map.of("action", "APPROVE")).statusCode())
					.isEqualTo(200);
				JsonNode approval = api.ok("GET", "/api/v1/proposals/" + proposal + "/history", "gyomu", null).get(1);
				assertThat(approval.get("actor").asText()).isEqualTo("tanto");
				assertThat(approval.get("onBehalfOf").asText()).isEqualTo(absent);
			}
			case "S4.24" -> { // 後閲: the next approver approves ahead, the absent one reviews afterwards
				String absent = member("koetsu");
				long proposal = submitted(title, absent, "tanto");
				HttpResponse<String> notAbsent = api.call("POST", "/api/v1/proposals/" + proposal + "/approve-ahead",
						"tanto", Map.of("comment", "急ぎ"));
				assertThat(notAbsent.statusCode()).isEqualTo(403);
				assertThat(notAbsent.body()).contains("不在の登録がない");
				absentToday(absent, null);
				api.ok("POST", "/api/v1/proposals/" + proposal + "/approve-ahead", "tanto", Map.of("comment", "急ぎ"));
				JsonNode approved = api.proposal(proposal, "gyomu");
				assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
				assertThat(approved.get("postReviewPending").asBoolean()).isTrue();
				decide(absent, proposal, "POST_REVIEW", Map.of("action", "POST_REVIEWED", "comment", "確認しました"));
				assertThat(api.proposal(proposal, "gyomu").get("postReviewPending").asBoolean()).isFalse();
				assertThat(actions(proposal)).containsExactly("SUBMIT", "APPROVE_AHEAD", "POST_REVIEWED");
			}
			case "S4.25" -> { // the revision after a send-back shows what changed
				long proposal = submitted(title, "tanto");
				decide("tanto", proposal, Map.of("action", "SEND_BACK_TO_PROPOSER", "comment", "内容を具体的に"));
				Map<String, Object> fields = new HashMap<>(fields());
				fields.put("content", "測量範囲を北側へ50m広げることを確認した。");
				api.ok("PUT", "/api/v1/proposals/" + proposal, "gyomu", Map.of("fields", fields));
				decide("gyomu", proposal, "REVISE", Map.of("action", "RESUBMIT", "comment", "具体化しました"));
				JsonNode revisions = api.ok("GET", "/api/v1/proposals/" + proposal + "/revisions", "tanto", null);
				assertThat(revisions).hasSize(1);
				assertThat(revisions.get(0).get("changes").toString()).contains("打合せ事項・内容");
				assertThat(actions(proposal)).containsExactly("SUBMIT", "SEND_BACK_TO_PROPOSER", "RESUBMIT");
			}
			case "S4.26" -> { // dates corrected after approval by the route's approver, refused to the proposer
				long proposal = submitted(title, "tanto");
				approve("tanto", proposal, Map.of());
				Map<String, Object> fix = Map.of("field", "RECEIVED_ON", "value", today.minusDays(1).toString(),
						"reason", "誤記");
				HttpResponse<String> refused = api.call("POST", "/api/v1/proposals/" + proposal + "/corrections",
						"gyomu", fix);
				assertThat(refused.statusCode()).isEqualTo(403);
				api.ok("POST", "/api/v1/proposals/" + proposal + "/corrections", "tanto", fix);
				assertThat(api.proposal(proposal, "gyomu").get("receiptDate").asText())
					.isEqualTo(today.minusDays(1).toString());
			}
			case "S4.27" -> { // the approval history as electronic data
				long proposal = submitted(title, "tanto");
				approve("tanto", proposal, Map.of("comment", "履歴出力の確認"));
				HttpResponse<String> csv = api.call("GET", "/api/v1/proposals/" + proposal + "/history.csv", "gyomu",
						null);
				assertThat(csv.statusCode()).isEqualTo(200);
				assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
				assertThat(csv.body()).contains("履歴出力の確認").contains("ご確認をお願いします。");
			}
			default -> throw new AssertionError(id);
		}
	}

	/** A complete 打合せ記録簿 of gyomu (the contractor's 管理技術者). */
	private long draft(String title) {
		return draftIn(service, title);
	}

	private long draftIn(long project, String title) {
		return api.ok("POST", "/api/v1/projects/" + project + "/proposals", "gyomu",
				Map.of("type", "serviceMeetingRecord", "title", title, "fields", fields())).get("id").asLong();
	}

	private Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("projectName", serviceName);
		fields.put("proposerSide", "CONTRACTOR");
		fields.put("proposerName", "業務 管理技術者");
		fields.put("proposalDate", today.toString());
		fields.put("meetingDate", today.toString());
		fields.put("meetingMethod", "IN_PERSON");
		fields.put("agencyAttendees", "業務担当員");
		fields.put("contractorAttendees", "管理技術者");
		fields.put("content", "測量範囲について打ち合わせた。");
		return fields;
	}

	private long submitted(String title, String... approvers) {
		long id = draft(title);
		submit(id, approvers);
		return id;
	}

	private long submittedIn(long project, String title, String... approvers) {
		long id = draftIn(project, title);
		submit(id, approvers);
		return id;
	}

	private void submit(long proposal, String... approvers) {
		submitWith(proposal, "NORMAL", approvers);
	}

	private void submitWith(long proposal, String importance, String... approvers) {
		List<Map<String, String>> route = new ArrayList<>();
		for (String approver : approvers) {
			route.add(Map.of("userId", approver, "role", "APPROVER"));
		}
		JsonNode submitted = api.ok("POST", "/api/v1/proposals/" + proposal + "/submit", "gyomu", Map.of("route", route,
				"requestedAnswerDate", today.plusDays(14).toString(), "importance", importance, "comment",
				"ご確認をお願いします。"));
		assertThat(submitted.get("status").asText()).isEqualTo("IN_REVIEW");
	}

	private void approve(String user, long proposal, Map<String, Object> more) {
		Map<String, Object> body = new HashMap<>(more);
		body.put("action", "APPROVE");
		decide(user, proposal, body);
	}

	private void decide(String user, long proposal, Map<String, Object> body) {
		decide(user, proposal, "APPROVE", body);
	}

	private void decide(String user, long proposal, String kind, Map<String, Object> body) {
		HttpResponse<String> done = api.complete(user, api.task(user, proposal, kind), body);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
	}

	/** A new agency user made a 業務担当員 of the project: absences stay with a user, the demo users keep none. */
	private String member(String prefix) throws Exception {
		String user = users.user(prefix, "AGENCY");
		api.ok("POST", "/api/v1/projects/" + service + "/members", "sokatsu",
				Map.of("userId", user, "role", "SERVICE_SUPERVISOR"));
		return user;
	}

	/** {@code user} is absent from yesterday to the day after tomorrow in Japan, with {@code deputy} standing in. */
	private void absentToday(String user, String deputy) {
		Map<String, Object> period = new HashMap<>();
		period.put("from", today.minusDays(1).toString());
		period.put("to", today.plusDays(2).toString());
		period.put("deputyUserId", deputy);
		assertThat(api.ok("PUT", "/api/v1/me/absences", user, List.of(period))).hasSize(1);
	}

	/** The history's actions in order, as the proposer gyomu reads them. */
	private List<String> actions(long proposal) {
		List<String> actions = new ArrayList<>();
		api.ok("GET", "/api/v1/proposals/" + proposal + "/history", "gyomu", null)
			.forEach(entry -> actions.add(entry.get("action").asText()));
		return actions;
	}

	private JsonNode listed(String user, String query) {
		return api.ok("GET", "/api/v1/workflow/proposals" + query, user, null).get("items");
	}

	private static List<Long> ids(JsonNode items) {
		List<Long> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get("proposalId").asLong()));
		return ids;
	}

	private static JsonNode row(JsonNode items, long proposal) {
		for (JsonNode item : items) {
			if (item.get("proposalId").asLong() == proposal) {
				return item;
			}
		}
		throw new AssertionError("proposal " + proposal + " is not listed: " + items);
	}

	private static MimeMessage mailTo(String address, String title) {
		await().atMost(Duration.ofSeconds(30)).until(() -> mails(title).stream().anyMatch(m -> to(m).equals(address)));
		return mails(title).stream().filter(m -> to(m).equals(address)).findFirst().orElseThrow();
	}

	private static List<MimeMessage> mails(String title) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject().contains("「" + title + "」");
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
