package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.PermissionManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserDetailsInput;
import jp.kyoyu.support.BrowserlessClient;

/**
 * The auditors' history of an approval tells what really happened at each step (issue 22): the action as Kyoyu's
 * approval record has it (a send-back is not an approval, an approve-ahead is not the skipped approver's
 * approval, a deputy acts on someone's behalf), checked against Camunda's history, on the portal page and through
 * the endpoint the Cockpit plugin reads; and the audit log names the operations in Japanese, once each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovalHistoryAuditIntegrationTests {

	static final String AUDITOR_PASSWORD = "Ine-karu-aki-2026";

	@LocalServerPort
	int port;

	@Autowired
	HistoryService history;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PermissionManagement permissions;

	@Autowired
	JdbcTemplate jdbc;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void thePortalPageShowsEachStepsRealActionActorAndOnWhoseBehalf() {
		AuditedRoute route = AuditedRoute.run(new WorkflowApi(port), history);
		BrowserlessClient auditor = auditor();

		String choices = auditor.get("/admin/audit/processes").body();
		// The real process definitions by their Japanese names, the approval first, with their counts.
		assertThat(choices).containsPattern(
				"<option value=\"ProposalApprovalProcess\" selected=\"selected\">発議書類の承認（実行中 \\d+件・完了 [1-9]\\d*件）</option>");
		assertThat(choices).containsPattern("<option value=\"PostReviewProcess\">後閲（実行中 \\d+件・完了 [1-9]\\d*件）</option>")
			.contains("事前打合せ（実行中").doesNotContain("proposal-approval");

		String page = auditor.get("/admin/audit/processes?businessKey=" + route.proposalId()).body();
		assertThat(page).contains("完了分 1件").doesNotContain("不一致:", "record-step mismatch",
				"Kyoyu の承認記録と Camunda の履歴が一致しない手順があります。");
		List<String> rows = rows(page);
		assertThat(rows).hasSize(8);
		assertThat(rows.get(0)).startsWith("SUBMIT 提出").contains("（genba）");
		assertThat(rows.get(1)).startsWith("SEND_BACK_TO_PROPOSER 差戻し（発議者へ）")
			.contains("（kantoku）", AuditedRoute.SENT_BACK_TO_PROPOSER);
		assertThat(rows.get(2)).startsWith("RESUBMIT 再提出").contains("（genba）");
		assertThat(rows.get(3)).startsWith("APPROVE 承認").contains("（kantoku）").doesNotContain("代理");
		assertThat(rows.get(4)).startsWith("SEND_BACK_TO_PREVIOUS 差戻し（前の承認者へ）")
			.contains("（shunin）", AuditedRoute.SENT_BACK_TO_PREVIOUS);
		assertThat(rows.get(5)).startsWith("APPROVE 承認 代理").contains("（sokatsu）", "（kantoku）の代理");
		// Approved ahead by sokatsu on shunin's step: Camunda's task was shunin's, sokatsu completed it.
		assertThat(rows.get(6)).startsWith("APPROVE_AHEAD 先行承認").contains("（sokatsu）", AuditedRoute.AHEAD,
				"担当 shunin", "（sokatsu））").doesNotContain("代理");
		assertThat(rows.get(7)).startsWith("POST_REVIEWED 後閲").contains("（shunin）", AuditedRoute.POST_REVIEWED, "後閲：", "（担当 shunin");
	}

	@Test
	void theCockpitPluginsEndpointGivesTheSameRowsToAuditorsOnly() throws Exception {
		AuditedRoute route = AuditedRoute.run(new WorkflowApi(port), history);
		String path = "/admin/audit/processes/" + route.processInstanceId() + "/record";

		HttpResponse<String> answer = auditor().get(path);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		JsonNode process = json.readTree(answer.body());
		assertThat(process.get("processName").asText()).isEqualTo("発議書類の承認");
		assertThat(process.get("checked").asBoolean()).isTrue();
		List<String> steps = new ArrayList<>();
		for (JsonNode step : process.get("steps")) {
			assertThat(step.get("mismatch").isNull()).as(step.toString()).isTrue();
			steps.add(step.get("action").asText() + " " + step.get("actionName").asText() + " "
					+ step.get("actorId").asText() + " " + step.get("onBehalfOfId").asText("-") + " "
					+ step.get("proxy").asBoolean());
		}
		assertThat(steps).containsExactly("SUBMIT 提出 genba - false",
				"SEND_BACK_TO_PROPOSER 差戻し（発議者へ） kantoku - false", "RESUBMIT 再提出 genba - false",
				"APPROVE 承認 kantoku - false", "SEND_BACK_TO_PREVIOUS 差戻し（前の承認者へ） shunin - false",
				"APPROVE 承認 sokatsu kantoku true", "APPROVE_AHEAD 先行承認 sokatsu - false",
				"POST_REVIEWED 後閲 shunin - false");
		assertThat(process.get("steps").get(6).get("comment").asText()).isEqualTo(AuditedRoute.AHEAD);
		assertThat(process.get("steps").get(6).get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

		assertThat(loggedIn("kantoku", WorkflowApi.PASSWORD).get(path).statusCode()).isEqualTo(403);
		assertThat(new BrowserlessClient(port).get(path).statusCode()).isIn(302, 401);
		HttpResponse<String> unknown = auditor().get("/admin/audit/processes/no-such-instance/record");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("指定されたプロセスは見つかりません。");
	}

	@Test
	void whereKyoyusRecordAndCamundaDisagreeTheHistorySaysSo() throws Exception {
		AuditedRoute route = AuditedRoute.run(new WorkflowApi(port), history);
		// Changed behind Kyoyu's back: the approve-ahead credited to shunin, the post-review entry gone.
		jdbc.update("update workflow_history set actor_user_id = 'shunin' where proposal_id = ? and action = 'APPROVE_AHEAD'",
				route.proposalId());
		jdbc.update("delete from workflow_history where proposal_id = ? and action = 'POST_REVIEWED'", route.proposalId());

		JsonNode steps = json.readTree(auditor().get("/admin/audit/processes/" + route.processInstanceId() + "/record")
			.body()).get("steps");
		assertThat(steps).hasSize(8);
		assertThat(steps.get(6).get("action").asText()).isEqualTo("APPROVE_AHEAD");
		assertThat(steps.get(6).get("mismatch").asText()).startsWith("不一致: Camunda では").endsWith("（sokatsu）が完了しています");
		assertThat(steps.get(7).get("action").isNull()).isTrue();
		// A step only Camunda knows is named by its task, which names its document (「後閲：件名（種類）」, Tasklist).
		assertThat(steps.get(7).get("actionName").asText()).startsWith("後閲：");
		assertThat(steps.get(7).get("mismatch").asText()).isEqualTo("不一致: Kyoyu の承認記録にない手順です（Camunda のみ）");

		String page = auditor().get("/admin/audit/processes?businessKey=" + route.proposalId()).body();
		assertThat(page).contains("Kyoyu の承認記録と Camunda の履歴が一致しない手順があります。",
				"不一致: Kyoyu の承認記録にない手順です（Camunda のみ）");
	}

	@Test
	void theAuditLogNamesEachOperationInJapaneseAndThePostReviewOnce() {
		AuditedRoute route = AuditedRoute.run(new WorkflowApi(port), history);
		BrowserlessClient admin = loggedIn("admin", WorkflowApi.PASSWORD);

		String log = admin.get("/admin/audit?target=proposal:" + route.proposalId()).body();
		List<String> operations = operations(log, "proposal:" + route.proposalId());
		assertThat(operations).contains("承認経路への提出", "差戻し（発議者へ）", "再提出", "承認", "差戻し（前の承認者へ）",
				"先行承認", "後閲");
		assertThat(operations).noneMatch(name -> name.matches("[a-z.-]+"));
		assertThat(operations.stream().filter("後閲"::equals)).hasSize(1);
	}

	/** The approval record's rows of the page: the action code, then the row's text. */
	private static List<String> rows(String html) {
		List<String> rows = new ArrayList<>();
		Matcher row = Pattern.compile("<tr class=\"record-step[^\"]*\" data-action=\"([A-Z_]*)\">(.*?)</tr>", Pattern.DOTALL)
			.matcher(html);
		while (row.find()) {
			rows.add(row.group(1) + " " + text(row.group(2)));
		}
		return rows;
	}

	/** The 操作 column of the audit log's rows about {@code target}. */
	private static List<String> operations(String html, String target) {
		List<String> operations = new ArrayList<>();
		Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(html);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
			while (cell.find()) {
				cells.add(text(cell.group(1)));
			}
			if (cells.size() > 3 && cells.get(3).equals(target)) {
				operations.add(cells.get(2));
			}
		}
		return operations;
	}

	private static String text(String html) {
		return html.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
	}

	private BrowserlessClient auditor() {
		String userId = "aud" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new UserDetailsInput(userId, "監査 役", userId + "@test.kyoyu.example", AUDITOR_PASSWORD,
				Side.AGENCY, null, null, null), false);
		permissions.setPermissions(userId, Map.of(Feature.ADMIN, AccessLevel.READ), "admin");
		return loggedIn(userId, AUDITOR_PASSWORD);
	}

	private BrowserlessClient loggedIn(String userId, String password) {
		BrowserlessClient client = new BrowserlessClient(port);
		HttpResponse<String> login = client.login(userId, password);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return client;
	}
}
