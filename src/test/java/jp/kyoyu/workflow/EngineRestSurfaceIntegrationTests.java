package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.support.BrowserlessClient;

/**
 * Camunda's surface as Kyoyu's users meet it (issue #15): message, signal and external-task endpoints only for
 * administrators; every engine REST error in Kyoyu's Japanese shape without other people's ids; a task completed
 * through the engine REST API (and Tasklist's path to it) with a wrong form is a 400 with the workflow's messages;
 * Cockpit's plugin endpoints only for users who may open Cockpit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineRestSurfaceIntegrationTests {

	/** Kyoyu's problem (RFC 9457, issue #23) with the field list as its extension member. */
	static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"";

	static final String ERRORS = "\"errors\":[{\"field\":";

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	WorkflowApi api;

	long project;

	@BeforeEach
	void setUp() {
		api = new WorkflowApi(port);
		project = api.worksProject();
	}

	private long submitted(String title, String... approvers) {
		long id = api.draft(project, title + " " + UUID.randomUUID().toString().substring(0, 6), "REPORT");
		api.submit(id, approvers);
		return id;
	}

	@Test
	void messagesSignalsAndExternalTasksAreForAdministratorsOnly() {
		long id = submitted("メッセージ", "kantoku");
		String instance = instanceOf(api.task("kantoku", id, "APPROVE"));
		for (String user : new String[] { "genba", "kantoku" }) {
			HttpResponse<String> message = api.call("POST", "/engine-rest/message", user,
					Map.of("messageName", "anything", "processInstanceId", instance));
			assertThat(message.statusCode()).as(message.body()).isEqualTo(403);
			assertThat(message.body()).startsWith(PROBLEM).contains(ERRORS).contains("システム管理者だけが使えます")
				.doesNotContain(instance);
			assertThat(api.call("POST", "/engine-rest/signal", user, Map.of("name", "anything")).statusCode())
				.isEqualTo(403);
			assertThat(api.call("POST", "/engine-rest/external-task/fetchAndLock", user,
					Map.of("workerId", "w", "maxTasks", 1, "topics", java.util.List.of())).statusCode()).isEqualTo(403);
			assertThat(api.call("GET", "/engine-rest/external-task", user, null).statusCode()).isEqualTo(403);
		}
		HttpResponse<String> administrator = api.call("POST", "/engine-rest/message", "admin",
				Map.of("messageName", "no-such-message"));
		assertThat(administrator.statusCode()).as("not refused by Kyoyu, Camunda finds no subscription").isEqualTo(400);
		assertThat(administrator.body()).startsWith(PROBLEM).contains(ERRORS).doesNotContain("Cannot correlate", "no-such-message");
		assertThat(api.hasTask("kantoku", id)).isTrue();
	}

	@Test
	void engineRestErrorsAreJapaneseAndNameNothingOfOthers() {
		long id = submitted("他人のタスク", "kantoku");
		String task = api.task("kantoku", id, "APPROVE");
		String instance = instanceOf(task);
		HttpResponse<String> foreign = api.call("POST", "/engine-rest/task/" + task + "/complete", "gyomu",
				Map.of("variables", Map.of("action", Map.of("value", "APPROVE"))));
		assertThat(foreign.statusCode()).isIn(403, 404);
		assertThat(foreign.body()).startsWith(PROBLEM).contains(ERRORS).doesNotContain(instance, "ENGINE-", "Exception", "gyomu");
		HttpResponse<String> variables = api.call("GET", "/engine-rest/process-instance/" + instance + "/variables",
				"gyomu", null);
		assertThat(variables.statusCode()).isIn(403, 404);
		assertThat(variables.body()).startsWith(PROBLEM).contains(ERRORS).doesNotContain("ENGINE-", "Exception", "ProcessInstance");
		HttpResponse<String> missing = api.call("GET", "/engine-rest/task/no-such-task", "kantoku", null);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).startsWith(PROBLEM).contains(ERRORS).contains("見つかりません");
		assertThat(api.hasTask("kantoku", id)).isTrue();
	}

	@Test
	void aTaskCompletedThroughTheEngineRestApiWithoutAValidActionIsA400WithTheWorkflowsMessage() {
		long id = submitted("判断なし", "kantoku");
		String task = api.task("kantoku", id, "APPROVE");
		HttpResponse<String> none = api.call("POST", "/engine-rest/task/" + task + "/complete", "kantoku", Map.of());
		assertThat(none.statusCode()).as(none.body()).isEqualTo(400);
		String message = "「判断」は" + choices() + "から選んでください。";
		assertThat(none.body()).as("Kyoyu's shape, and the text once more where Tasklist looks for it")
			.isEqualTo("{\"type\":\"about:blank\",\"title\":\"入力内容に誤りがあります\",\"status\":400,\"detail\":\""
					+ message + "\",\"errors\":[{\"field\":\"action\",\"message\":\""
					+ message + "\"}],\"message\":\"" + message + "\"}");
		HttpResponse<String> wrong = api.call("POST", "/engine-rest/task/" + task + "/submit-form", "kantoku",
				Map.of("variables", Map.of("action", Map.of("value", "DESTROY"))));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).startsWith(PROBLEM).contains(ERRORS).contains("\"field\":\"action\"", "「判断」は")
			.doesNotContain("ENGINE-", "FieldProblem");
		HttpResponse<String> sendBackWithoutReason = api.call("POST", "/engine-rest/task/" + task + "/submit-form",
				"kantoku", Map.of("variables", Map.of("action", Map.of("value", "SEND_BACK_TO_PROPOSER"))));
		assertThat(sendBackWithoutReason.statusCode()).isEqualTo(400);
		assertThat(sendBackWithoutReason.body()).contains("\"field\":\"comment\"", "理由を書いてください");
		assertThat(api.hasTask("kantoku", id)).as("nothing was completed").isTrue();

		// Tasklist's own path to the engine, with its session and CSRF token
		BrowserlessClient tasklist = new BrowserlessClient(port);
		tasklist.login("kantoku", WorkflowApi.PASSWORD);
		HttpResponse<String> app = tasklist.get("/camunda/app/tasklist/default/");
		String xsrf = app.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
			.map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
		HttpResponse<String> viaTasklist = tasklist.send(HttpRequest.newBuilder(URI.create(tasklist.url(
				"/camunda/api/engine/engine/default/task/" + task + "/submit-form")))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", xsrf)
			.POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}"))
			.build());
		assertThat(viaTasklist.statusCode()).as(viaTasklist.body()).isEqualTo(400);
		assertThat(viaTasklist.body()).startsWith(PROBLEM).contains(ERRORS).contains("「判断」は");
		assertThat(api.hasTask("kantoku", id)).isTrue();
	}

	@Test
	void cockpitPluginEndpointsAnswerOnlyUsersWhoMayOpenCockpit() {
		String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count";
		HttpResponse<String> contractor = api.call("GET", statistics, "genba", null);
		assertThat(contractor.statusCode()).as(contractor.body()).isEqualTo(403);
		assertThat(contractor.body()).startsWith(PROBLEM).contains(ERRORS).contains("アプリケーションを使う権限がありません");
		assertThat(api.call("GET", "/camunda/api/cockpit/plugin/base/default/process-instance", "gyomu", null)
			.statusCode()).isEqualTo(403);
		HttpResponse<String> agency = api.call("GET", statistics, "kantoku", null);
		assertThat(agency.statusCode()).as(agency.body()).isEqualTo(200);
		assertThat(agency.body()).contains("count");
	}

	private static String choices() {
		return java.util.stream.Stream.of(ApprovalAction.APPROVE, ApprovalAction.SEND_BACK_TO_PROPOSER,
				ApprovalAction.SEND_BACK_TO_PREVIOUS).map(ApprovalAction::label).sorted()
			.reduce((a, b) -> a + "・" + b).orElseThrow();
	}

	private String instanceOf(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		return task.getProcessInstanceId();
	}
}
