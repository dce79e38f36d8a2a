package jp.kyoyu.workflow;

import static jp.kyoyu.support.EngineRestAnswers.assertKyoyuProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The answers Kyoyu's own guards give on Camunda's REST surface, through both doors (docs/api.md, "Camunda's engine
 * REST API"): each refusal has its status and is Kyoyu's Japanese problem without anything of the engine
 * ({@link jp.kyoyu.support.EngineRestAnswers}). And what Tasklist hides from everyone by CSS is refused for
 * administrators too (docs/camunda-webapps.md): no rule is kept by CSS alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineRestRefusalsIntegrationTests {

	static final List<String> DOORS = List.of("/engine-rest", "/camunda/api/engine/engine/default");

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Test
	void everyGuardAnswersWithItsStatusAndAJapaneseProblemOnBothDoors() {
		WorkflowApi api = new WorkflowApi(port);
		String task = openTask(api, "kantoku");
		for (String door : DOORS) {
			assertThat(assertKyoyuProblem(api.call("PUT", door + "/user/genba/profile", "genba",
					Map.of("id", "genba", "firstName", "花子", "lastName", "監督")), 403)).contains("Camunda からは変更できません");
			assertThat(assertKyoyuProblem(api.call("POST", door + "/message", "genba", Map.of("messageName", "x")), 403))
				.contains("システム管理者だけ");
			assertThat(assertKyoyuProblem(api.call("POST", door + "/task/" + task + "/unclaim", "kantoku", null), 403))
				.contains("タスクリストからは変更できません");
			assertThat(assertKyoyuProblem(api.call("POST", door + "/task/" + task + "/assignee", "kantoku",
					Map.of("userId", "shunin")), 403)).contains("自分自身だけ");
			assertThat(assertKyoyuProblem(api.call("PUT", door + "/task/" + task, "admin",
					Map.of("name", "承認", "due", "2099-01-01T00:00:00.000+0900")), 403)).contains("管理者も");
			assertThat(assertKyoyuProblem(api.call("GET", door + "/user/no-such-user/profile", "genba", null), 404))
				.contains("見つかりません");
			assertThat(assertKyoyuProblem(api.call("GET", door + "/task/no-such-task", "kantoku", null), 404))
				.contains("見つかりません");
		}
		assertThat(assertKyoyuProblem(api.call("GET",
				"/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count", "genba", null), 403))
			.contains("アプリケーションを使う権限がありません");
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("kantoku");
	}

	/**
	 * Tasklist hides a task's dates, candidate groups, comments and leaving it with nobody from everyone, as CSS
	 * cannot tell administrators apart: the server refuses those to administrators too, and the task is unchanged.
	 * What Tasklist still shows an administrator (the assignee field) stays theirs.
	 */
	@Test
	void whatTasklistHidesFromAdministratorsIsRefusedToThemToo() {
		WorkflowApi api = new WorkflowApi(port);
		String task = openTask(api, "kantoku");
		Task before = tasks.createTaskQuery().taskId(task).singleResult();
		for (String door : DOORS) {
			String base = door + "/task/" + task;
			Map<String, HttpResponse<String>> refused = new LinkedHashMap<>();
			refused.put("due date", api.call("PUT", base, "admin", Map.of("name", "承認", "due", "2099-01-01T00:00:00.000+0900")));
			refused.put("follow-up date", api.call("PUT", base, "admin", Map.of("name", "承認", "followUp", "2099-01-01T00:00:00.000+0900")));
			refused.put("unclaim", api.call("POST", base + "/unclaim", "admin", null));
			refused.put("nobody", api.call("POST", base + "/assignee", "admin", Map.of()));
			refused.put("group", api.call("POST", base + "/identity-links", "admin", Map.of("groupId", "agency", "type", "candidate")));
			refused.put("group removed", api.call("POST", base + "/identity-links/delete", "admin",
					Map.of("userId", "kantoku", "type", "assignee")));
			refused.put("comment", api.call("POST", base + "/comment/create", "admin", Map.of("message", "メモ")));
			refused.forEach((what, response) -> assertThat(assertKyoyuProblem(response, 403)).as(what)
				.contains("Kyoyu の承認記録と食い違うため管理者も Camunda からは行えません"));
		}
		Task after = tasks.createTaskQuery().taskId(task).singleResult();
		assertThat(after.getAssignee()).isEqualTo("kantoku");
		assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
		assertThat(after.getFollowUpDate()).isNull();
		assertThat(tasks.getIdentityLinksForTask(task)).noneMatch(link -> "agency".equals(link.getGroupId()));
		assertThat(tasks.getTaskComments(task)).isEmpty();

		HttpResponse<String> handed = api.call("POST", "/engine-rest/task/" + task + "/assignee", "admin",
				Map.of("userId", "shunin"));
		assertThat(handed.statusCode()).as("the assignee field stays the administrator's: " + handed.body()).isEqualTo(204);
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("shunin");
	}

	private static String openTask(WorkflowApi api, String approver) {
		long id = api.draft(api.worksProject(), "エンジンの拒否 " + UUID.randomUUID().toString().substring(0, 8), "REPORT");
		api.submit(id, approver);
		return api.task(approver, id, "APPROVE");
	}
}
