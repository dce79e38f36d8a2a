package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;

/**
 * One approval through every kind of step an auditor must tell apart, through Kyoyu's JSON API as the demo users:
 * genba submits to kantoku → shunin → sokatsu; kantoku sends it back to genba (差戻し（発議者へ）), genba
 * resubmits, kantoku approves, shunin sends it back to kantoku (差戻し（前の承認者へ）), sokatsu approves as
 * kantoku's deputy (代理), sokatsu approves ahead of the absent shunin (先行承認) and shunin post-reviews (後閲).
 */
record AuditedRoute(long proposalId, String processInstanceId) {

	static final String SENT_BACK_TO_PROPOSER = "数量の根拠を添えてください。";

	static final String SENT_BACK_TO_PREVIOUS = "監督員の確認をもう一度お願いします。";

	static final String AHEAD = "急ぎのため先行して承認します。";

	static final String POST_REVIEWED = "後閲しました。";

	static AuditedRoute run(WorkflowApi api, HistoryService history) {
		long id = api.draft(api.worksProject(), "監査用の経路 " + UUID.randomUUID().toString().substring(0, 6), "REPORT");
		api.submit(id, "kantoku", "shunin", "sokatsu");
		try {
			done(api.complete("kantoku", api.task("kantoku", id, "APPROVE"),
					Map.of("action", "SEND_BACK_TO_PROPOSER", "comment", SENT_BACK_TO_PROPOSER)));
			done(api.complete("genba", api.task("genba", id, "REVISE"), Map.of("action", "RESUBMIT")));
			done(api.complete("kantoku", api.task("kantoku", id, "APPROVE"), Map.of("action", "APPROVE")));
			done(api.complete("shunin", api.task("shunin", id, "APPROVE"),
					Map.of("action", "SEND_BACK_TO_PREVIOUS", "comment", SENT_BACK_TO_PREVIOUS)));
			assertThat(api.absentToday("kantoku", "sokatsu")).hasSize(1);
			done(api.complete("sokatsu", deputyTask(api, id), Map.of("action", "APPROVE")));
			assertThat(api.absentToday("shunin", null)).hasSize(1);
			api.ok("POST", "/api/v1/proposals/" + id + "/approve-ahead", "sokatsu", Map.of("comment", AHEAD));
			done(api.complete("shunin", api.task("shunin", id, "POST_REVIEW"),
					Map.of("action", "POST_REVIEWED", "comment", POST_REVIEWED)));
		}
		finally {
			present(api);
		}
		assertThat(api.actions(id)).containsExactly("SUBMIT", "SEND_BACK_TO_PROPOSER", "RESUBMIT", "APPROVE",
				"SEND_BACK_TO_PREVIOUS", "APPROVE", "APPROVE_AHEAD", "POST_REVIEWED");
		String instance = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(ApprovalProcess.KEY)
			.processInstanceBusinessKey(String.valueOf(id))
			.singleResult()
			.getId();
		return new AuditedRoute(id, instance);
	}

	/** Back to no absences, so other tests find the demo users present. */
	static void present(WorkflowApi api) {
		api.ok("PUT", "/api/v1/me/absences", "kantoku", List.of());
		api.ok("PUT", "/api/v1/me/absences", "shunin", List.of());
	}

	private static String deputyTask(WorkflowApi api, long id) {
		for (var task : api.ok("GET", "/api/v1/tasks", "sokatsu", null)) {
			if (task.get("proposalId").asLong() == id) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError("sokatsu is offered no task as kantoku's deputy");
	}

	private static void done(java.net.http.HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}
}
