package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Proxy approval, approve-ahead with post-review, two people on one step, and a step done through Camunda's own
 * REST API (what Tasklist calls) counting exactly like one done in the portal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkflowProxyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	HistoryService history;

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

	private long submitted(String title, String... approvers) {
		long id = api.draft(project, title + " " + UUID.randomUUID().toString().substring(0, 6), "REPORT");
		api.submit(id, approvers);
		return id;
	}

	private void absentToday(String user, String deputy) {
		assertThat(api.absentToday(user, deputy)).hasSize(1);
	}

	@Test
	void theDeputyOfAnAbsentApproverActsAndTheRecordSaysOnWhoseBehalf() {
		long id = submitted("代理承認", "kantoku", "shunin");
		assertThat(api.hasTask("sokatsu", id)).isFalse();
		absentToday("kantoku", "sokatsu");
		JsonNode offered = null;
		for (JsonNode task : api.ok("GET", "/api/v1/tasks", "sokatsu", null)) {
			if (task.get("proposalId").asLong() == id) {
				offered = task;
			}
		}
		assertThat(offered).isNotNull();
		assertThat(offered.get("onBehalfOfUserId").asText()).isEqualTo("kantoku");
		assertThat(api.complete("sokatsu", offered.get("id").asText(), Map.of("action", "APPROVE")).statusCode())
			.isEqualTo(200);
		JsonNode approval = api.ok("GET", "/api/v1/proposals/" + id + "/history", "genba", null).get(1);
		assertThat(approval.get("actor").asText()).isEqualTo("sokatsu");
		assertThat(approval.get("onBehalfOf").asText()).isEqualTo("kantoku");
		assertThat(api.hasTask("shunin", id)).isTrue();
	}

	@Test
	void theNextApproverApprovesAheadOfAnAbsentOneWhoPostReviewsAfterwards() {
		long id = submitted("後閲", "kantoku", "shunin");
		HttpResponse<String> notAbsent = api.call("POST", "/api/v1/proposals/" + id + "/approve-ahead", "shunin",
				Map.of("comment", "急ぎのため"));
		assertThat(notAbsent.statusCode()).isEqualTo(403);
		assertThat(notAbsent.body()).contains("不在の登録がない");
		absentToday("kantoku", null);
		assertThat(api.call("POST", "/api/v1/proposals/" + id + "/approve-ahead", "sokatsu", Map.of()).statusCode())
			.isEqualTo(403);
		api.ok("POST", "/api/v1/proposals/" + id + "/approve-ahead", "shunin", Map.of("comment", "急ぎのため"));

		JsonNode approved = api.proposal(id, "genba");
		assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
		assertThat(approved.get("postReviewPending").asBoolean()).isTrue();
		String review = api.task("kantoku", id, "POST_REVIEW");
		assertThat(api.complete("kantoku", review, Map.of("action", "APPROVE")).statusCode()).isEqualTo(400);
		assertThat(api.complete("kantoku", review, Map.of("action", "POST_REVIEWED", "comment", "確認しました"))
			.statusCode()).isEqualTo(200);
		assertThat(api.proposal(id, "genba").get("postReviewPending").asBoolean()).isFalse();
		assertThat(api.actions(id)).containsExactly("SUBMIT", "APPROVE_AHEAD", "POST_REVIEWED");
	}

	@Test
	void twoCompletionsOfOneStepAtOnceLetExactlyOneWin() throws Exception {
		long id = submitted("同時操作", "kantoku");
		String task = api.task("kantoku", id, "APPROVE");
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<HttpResponse<String>> call = () -> {
					go.await();
					return api.complete("kantoku", task, Map.of("action", "APPROVE", "comment", "承認"));
				};
				calls.add(pool.submit(call));
			}
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> call : calls) {
				HttpResponse<String> response = call.get();
				statuses.add(response.statusCode());
				if (response.statusCode() == 409) {
					assertThat(response.body()).contains("すでに処理されています");
				}
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(api.actions(id)).containsExactly("SUBMIT", "APPROVE");
		assertThat(api.proposal(id, "genba").get("status").asText()).isEqualTo("APPROVED");
	}

	/** Tasklist submits the form through the engine's REST API as the logged-in user. */
	@Test
	void aStepDoneThroughTheEnginesRestApiWithTheFormCountsLikeOneInThePortal() {
		long id = submitted("タスクリスト", "kantoku", "shunin");
		api.complete("kantoku", api.task("kantoku", id, "APPROVE"), Map.of("action", "APPROVE"));
		String task = api.task("shunin", id, "APPROVE");
		JsonNode form = api.ok("GET", "/engine-rest/task/" + task + "/form", "shunin", null);
		assertThat(form.get("camundaFormRef").get("key").asText()).isEqualTo("approvalDecision");
		assertThat(api.ok("GET", "/engine-rest/task/" + task + "/deployed-form", "shunin", null).get("id").asText())
			.isEqualTo("approvalDecision");
		HttpResponse<String> refused = api.call("POST", "/engine-rest/task/" + task + "/submit-form", "shunin",
				Map.of("variables", Map.of("action", Map.of("value", "SEND_BACK_TO_PREVIOUS"))));
		assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(api.hasTask("shunin", id)).isTrue();
		HttpResponse<String> done = api.call("POST", "/engine-rest/task/" + task + "/submit-form", "shunin",
				Map.of("variables", Map.of("action", Map.of("value", "APPROVE"), "comment", Map.of("value", "了解"),
						"answer", Map.of("value", "承諾する"))));
		assertThat(done.statusCode()).as(done.body()).isLessThan(300);
		JsonNode approved = api.proposal(id, "genba");
		assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
		JsonNode last = api.ok("GET", "/api/v1/proposals/" + id + "/history", "genba", null).get(2);
		assertThat(last.get("actor").asText()).isEqualTo("shunin");
		assertThat(last.get("comment").asText()).contains("了解", "承諾する");
		List<UserOperationLogEntry> log = history.createUserOperationLogQuery().taskId(task)
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list();
		assertThat(log).extracting(UserOperationLogEntry::getUserId).contains("shunin");
	}
}
