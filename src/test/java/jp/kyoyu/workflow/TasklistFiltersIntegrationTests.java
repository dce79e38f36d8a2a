package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.identity.DateStylePreference;
import jp.kyoyu.shared.DateStyle;
import jp.kyoyu.support.BrowserlessClient;

/**
 * Tasklist says which document a task is for (docs/camunda-webapps.md): its filter 「自分のタスク」 lists the columns
 * 件名, 種類, 工事・業務 and 重要度, and the list Tasklist loads (HAL, as the webapp asks for it) carries their values
 * for the supervisor's approval step, the importance as 通常/重要 instead of a bare priority number; the task's name
 * says what the step is for. 「代理のタスク」 and 「期限切れ」 list exactly the deputy's and the overdue steps, and the
 * first approver can neither be offered nor send 「前の承認者へ差し戻す」 through the engine REST API Tasklist uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistFiltersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Autowired
	DateStylePreference dateStyles;

	@AfterEach
	void present() {
		new WorkflowApi(port).ok("PUT", "/api/v1/me/absences", "kantoku", List.of());
	}

	@Test
	void theSupervisorsTaskListNamesTheDocumentItsTypeProjectAndImportance() {
		WorkflowApi api = new WorkflowApi(port);
		String title = "Tasklist の列 " + UUID.randomUUID().toString().substring(0, 8);
		long proposalId = api.draft(api.worksProject(), title, "REPORT");
		api.submit(proposalId, "kantoku");

		JsonNode filters = api.ok("GET", "/engine-rest/filter?name=" + URLEncoder.encode("自分のタスク", StandardCharsets.UTF_8),
				"kantoku", null);
		assertThat(filters).hasSize(1);
		JsonNode filter = filters.get(0);
		List<String> labels = new ArrayList<>();
		filter.path("properties").path("variables").forEach(column -> labels.add(column.path("label").asText()));
		assertThat(labels).containsExactly("件名", "種類", "工事・業務", "重要度");

		JsonNode task = taskShowing(api, filter.get("id").asText(), "kantoku", title);
		assertThat(task.path("name").asText()).as("the task's name in the list and header")
			.isEqualTo("承認：" + title + "（工事打合せ簿）");
		Map<String, String> columns = values(task);
		assertThat(columns).containsEntry("cardTitle", title)
			.containsEntry("cardProject", WorkflowApi.WORKS)
			.containsEntry("cardImportance", "通常");
		assertThat(columns.get("cardDocumentType")).contains("打合せ");
	}

	@Test
	void theDeputyFilterListsTheStepsOfferedAsDeputyAndNothingElse() {
		WorkflowApi api = new WorkflowApi(port);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long forKantoku = api.draft(api.worksProject(), "代理の一覧 " + suffix, "REPORT");
		api.submit(forKantoku, "kantoku");
		long forSokatsu = api.draft(api.worksProject(), "総括の一覧 " + suffix, "REPORT");
		api.submit(forSokatsu, "sokatsu");
		api.absentToday("kantoku", "sokatsu");

		String deputy = filterId(api, "代理のタスク", "sokatsu");
		List<String> sokatsus = titles(api, deputy, "sokatsu");
		assertThat(sokatsus).as("sokatsu stands in for kantoku").contains("代理の一覧 " + suffix)
			.as("sokatsu's own step is not a deputy's").doesNotContain("総括の一覧 " + suffix);
		assertThat(titles(api, deputy, "kantoku")).as("the absent holder is nobody's deputy here")
			.doesNotContain("代理の一覧 " + suffix, "総括の一覧 " + suffix);
		assertThat(titles(api, deputy, "shunin")).doesNotContain("代理の一覧 " + suffix);
		assertThat(labels(api, "代理のタスク", "sokatsu")).containsExactly("件名", "種類", "工事・業務", "重要度", "期限");
		JsonNode task = taskShowing(api, deputy, "sokatsu", "代理の一覧 " + suffix);
		assertThat(values(task).get("cardDue")).matches("\\d{4}/\\d{2}/\\d{2}");

		// the holder shows by name on the deputy's card (Tasklist reads the embedded assignees), without e-mail
		JsonNode holder = null;
		for (JsonNode assignee : halList(api, deputy, "sokatsu").path("_embedded").path("assignee")) {
			if ("kantoku".equals(assignee.path("id").asText())) {
				holder = assignee;
			}
		}
		assertThat(holder).as("kantoku among the embedded assignees").isNotNull();
		assertThat(holder.path("lastName").asText() + holder.path("firstName").asText()).contains("高橋");
		assertThat(holder.has("email")).as("no e-mail address for a colleague").isFalse();
		JsonNode profile = api.ok("GET", "/engine-rest/user/kantoku/profile", "genba", null);
		assertThat(profile.path("lastName").asText() + profile.path("firstName").asText()).contains("高橋");
		assertThat(profile.has("email")).isFalse();
		assertThat(api.ok("GET", "/engine-rest/user/kantoku/profile", "admin", null).path("email").asText())
			.as("the administrator keeps it").contains("@");
	}

	/** What the portal does not offer, Tasklist's REST calls may not do either; a deputy may take the step. */
	@Test
	void anApproverCannotReassignRedateOrCommentATaskButADeputyMayTakeIt() {
		WorkflowApi api = new WorkflowApi(port);
		long id = api.draft(api.worksProject(), "操作の制限 " + UUID.randomUUID().toString().substring(0, 8), "REPORT");
		api.submit(id, "kantoku");
		String task = api.task("kantoku", id, "APPROVE");
		String base = "/engine-rest/task/" + task;
		Map<String, HttpResponse<String>> refused = new java.util.LinkedHashMap<>();
		refused.put("due date", api.call("PUT", base, "kantoku", Map.of("name", "承認", "due", "2099-01-01T00:00:00.000+0900")));
		refused.put("other assignee", api.call("POST", base + "/assignee", "kantoku", Map.of("userId", "shunin")));
		refused.put("unclaim", api.call("POST", base + "/unclaim", "kantoku", null));
		refused.put("delegate", api.call("POST", base + "/delegate", "kantoku", Map.of("userId", "shunin")));
		refused.put("group", api.call("POST", base + "/identity-links", "kantoku", Map.of("groupId", "agency", "type", "candidate")));
		refused.put("comment", api.call("POST", base + "/comment/create", "kantoku", Map.of("message", "メモ")));
		refused.put("variable", api.call("PUT", base + "/localVariables/cardTitle", "kantoku", Map.of("value", "別名")));
		refused.put("old webapp door", api.call("POST", "/camunda/api/engine/engine/default/task/" + task + "/unclaim",
				"kantoku", null));
		refused.forEach((what, response) -> {
			assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(403);
			assertThat(response.body()).as(what).contains("other assignee".equals(what) ? "引き受けられるのは自分自身だけ"
					: "タスクリストからは変更できません");
		});
		Task unchanged = tasks.createTaskQuery().taskId(task).singleResult();
		assertThat(unchanged.getAssignee()).isEqualTo("kantoku");
		assertThat(unchanged.getDueDate().getYear() + 1900).isLessThan(2099);
		assertThat(tasks.getIdentityLinksForTask(task)).noneMatch(link -> "agency".equals(link.getGroupId()));

		api.absentToday("kantoku", "sokatsu");
		HttpResponse<String> taken = api.call("POST", base + "/assignee", "sokatsu", Map.of("userId", "sokatsu"));
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(204);
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("sokatsu");
	}

	@Test
	void theOverdueFilterListsOnlyTheUsersStepsPastTheirDueDate() {
		WorkflowApi api = new WorkflowApi(port);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		lateStepOfKantoku(api, "期限切れ " + suffix);
		long inTime = api.draft(api.worksProject(), "期限内 " + suffix, "REPORT");
		api.submit(inTime, "kantoku");

		String filter = filterId(api, "期限切れ", "kantoku");
		assertThat(titles(api, filter, "kantoku")).contains("期限切れ " + suffix).doesNotContain("期限内 " + suffix);
		assertThat(titles(api, filter, "shunin")).as("another approver's late step").doesNotContain("期限切れ " + suffix);
		api.absentToday("kantoku", "sokatsu");
		assertThat(titles(api, filter, "sokatsu")).as("the deputy's late step").contains("期限切れ " + suffix)
			.doesNotContain("期限内 " + suffix);
	}

	/**
	 * The card's 期限 follows the reader's date style, as the portal's pages do (docs/wording.md): 2026/12/07 by
	 * default, 令和8年12月7日 for a reader who chose 和暦, for the same task.
	 */
	@Test
	void theCardsDueDateIsInTheReadersDateStyle() {
		WorkflowApi api = new WorkflowApi(port);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Task overdue = lateStepOfKantoku(api, "和暦の期限 " + suffix);
		String filter = filterId(api, "期限切れ", "kantoku");
		DateStyle chosen = dateStyles.of("kantoku");
		try {
			dateStyles.choose("kantoku", DateStyle.SEIREKI);
			String seireki = values(taskShowing(api, filter, "kantoku", "和暦の期限 " + suffix)).get("cardDue");
			assertThat(seireki).matches("\\d{4}/\\d{2}/\\d{2}");

			dateStyles.choose("kantoku", DateStyle.WAREKI);
			String wareki = values(taskShowing(api, filter, "kantoku", "和暦の期限 " + suffix)).get("cardDue");
			assertThat(wareki).startsWith("令和")
				.isEqualTo(DateStyle.WAREKI.date(java.time.LocalDate.parse(seireki.replace('/', '-'))));
			assertThat(tasks.getVariableLocal(overdue.getId(), "cardDue")).as("stored once, in the default style")
				.isEqualTo(seireki);
		}
		finally {
			dateStyles.choose("kantoku", chosen);
		}
	}

	/** The form offers 「前の承認者へ差し戻す」 only after an approver, and the engine refuses it on the first step. */
	@Test
	void theFirstApproverCanNeitherChooseNorSendBackToAPreviousApprover() {
		WorkflowApi api = new WorkflowApi(port);
		long id = api.draft(api.worksProject(), "最初の差戻し " + UUID.randomUUID().toString().substring(0, 8), "REPORT");
		api.submit(id, "kantoku", "shunin");
		String first = api.task("kantoku", id, "APPROVE");
		assertThat(formChoices(api, first, "kantoku")).as("the form Tasklist shows kantoku")
			.containsExactly("APPROVE", "SEND_BACK_TO_PROPOSER");

		for (String way : List.of("submit-form", "complete")) {
			HttpResponse<String> refused = api.call("POST", "/engine-rest/task/" + first + "/" + way, "kantoku",
					Map.of("variables", Map.of("action", Map.of("value", "SEND_BACK_TO_PREVIOUS"), "comment",
							Map.of("value", "前へ"))));
			assertThat(refused.statusCode()).as(way + ": " + refused.body()).isEqualTo(400);
			assertThat(refused.body()).contains("前の承認者へ差し戻す", "発議者へ差し戻す");
		}
		assertThat(api.task("kantoku", id, "APPROVE")).as("the step is still open").isEqualTo(first);

		api.complete("kantoku", first, Map.of("action", "APPROVE"));
		String second = api.task("shunin", id, "APPROVE");
		assertThat(formChoices(api, second, "shunin")).as("the form Tasklist shows shunin")
			.contains("SEND_BACK_TO_PREVIOUS");
	}

	/**
	 * The 判断 choices of the task's form, from the variables Tasklist loads for it as that user
	 * ({@code form-variables}): the form reads the process's {@code kinds} and {@code idx} (issue #21).
	 */
	private static List<String> formChoices(WorkflowApi api, String task, String user) {
		JsonNode variables = api.ok("GET", "/engine-rest/task/" + task + "/form-variables", user, null);
		return ApprovalDecisionChoices.offered(org.camunda.bpm.engine.variable.Variables.createVariables()
			.putValue("kinds", variables.path("kinds").path("value").textValue())
			.putValue("idx", variables.path("idx").path("value").isNumber() ? variables.path("idx").path("value").asInt()
					: null));
	}

	/** kantoku's approval step of a new proposal titled {@code title}, its due date moved two days into the past. */
	private Task lateStepOfKantoku(WorkflowApi api, String title) {
		long late = api.draft(api.worksProject(), title, "REPORT");
		api.submit(late, "kantoku");
		Task overdue = tasks.createTaskQuery().taskId(api.task("kantoku", late, "APPROVE")).singleResult();
		overdue.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(2))));
		tasks.saveTask(overdue);
		return overdue;
	}

	private String filterId(WorkflowApi api, String name, String user) {
		JsonNode found = api.ok("GET", "/engine-rest/filter?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
				user, null);
		assertThat(found).as(name).hasSize(1);
		return found.get(0).get("id").asText();
	}

	private List<String> labels(WorkflowApi api, String name, String user) {
		JsonNode found = api.ok("GET", "/engine-rest/filter?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
				user, null);
		List<String> labels = new ArrayList<>();
		found.get(0).path("properties").path("variables").forEach(column -> labels.add(column.path("label").asText()));
		return labels;
	}

	/** The titles in the filter's list as the user's Tasklist gets it. */
	private List<String> titles(WorkflowApi api, String filterId, String user) {
		List<String> titles = new ArrayList<>();
		list(api, filterId, user).forEach(task -> titles.add(values(task).get("cardTitle")));
		return titles;
	}

	/** What Tasklist gets for the card: the filter's list as HAL, the filter's variables embedded per task. */
	private JsonNode list(WorkflowApi api, String filterId, String user) {
		return halList(api, filterId, user).path("_embedded").path("task");
	}

	private JsonNode halList(WorkflowApi api, String filterId, String user) {
		BrowserlessClient client = api.client;
		HttpResponse<String> list = client.send(BrowserlessClient
			.basic(client.url("/engine-rest/filter/" + filterId + "/list?maxResults=500"), user, WorkflowApi.PASSWORD)
			.setHeader("Accept", "application/hal+json")
			.GET()
			.build());
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		return api.read(list);
	}

	private JsonNode taskShowing(WorkflowApi api, String filterId, String user, String title) {
		JsonNode list = list(api, filterId, user);
		for (JsonNode task : list) {
			if (title.equals(values(task).get("cardTitle"))) {
				return task;
			}
		}
		throw new AssertionError(user + "'s Tasklist has no task showing " + title + ": " + list);
	}

	private static Map<String, String> values(JsonNode task) {
		Map<String, String> values = new HashMap<>();
		task.path("_embedded").path("variable").forEach(v -> values.put(v.path("name").asText(), v.path("value").asText()));
		return values;
	}
}
