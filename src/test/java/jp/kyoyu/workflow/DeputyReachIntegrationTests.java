package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JapanDate;

/**
 * A deputy outside the project (issue #15): kantoku, absent, names tanto (agency, not a member of the works project)
 * as deputy. The works project's steps are not offered to tanto — not on the home page, /tasks, the JSON task list
 * nor the engine REST API (Tasklist) — and the absence page says which projects tanto will not reach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeputyReachIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Autowired
	DeputyReach reach;

	WorkflowApi api;

	long project;

	@BeforeEach
	void setUp() {
		api = new WorkflowApi(port);
		project = api.worksProject();
		// kantoku starts present: the demo data registers an absence of kantoku (issue #22)
		present();
	}

	@AfterEach
	void present() {
		api.ok("PUT", "/api/v1/me/absences", "kantoku", List.of());
	}

	private void absentToday(String user, String deputy) {
		api.absentToday(user, deputy);
	}

	@Test
	void theStepsOfAProjectTheDeputyCannotSeeStayWithTheHolder() {
		assertThat(api.call("GET", "/api/v1/projects/" + project, "tanto", null).statusCode())
			.as("tanto is no member of the works project").isEqualTo(404);
		String before = "代理範囲前 " + UUID.randomUUID().toString().substring(0, 6);
		long offeredLater = api.draft(project, before, "REPORT");
		api.submit(offeredLater, "kantoku");
		absentToday("kantoku", "tanto");
		String after = "代理範囲後 " + UUID.randomUUID().toString().substring(0, 6);
		long createdMeanwhile = api.draft(project, after, "REPORT");
		api.submit(createdMeanwhile, "kantoku");

		for (long id : new long[] { offeredLater, createdMeanwhile }) {
			assertThat(api.hasTask("kantoku", id)).as("the holder keeps the step").isTrue();
			assertThat(api.hasTask("tanto", id)).as("not offered to an outsider").isFalse();
			String task = api.task("kantoku", id, "APPROVE");
			HttpResponse<String> engine = api.call("GET", "/engine-rest/task?taskId=" + task, "tanto", null);
			assertThat(engine.statusCode()).isEqualTo(200);
			assertThat(engine.body()).isEqualTo("[]");
			assertThat(api.call("GET", "/engine-rest/task/" + task, "tanto", null).statusCode()).isIn(403, 404);
		}
		BrowserlessClient tanto = new BrowserlessClient(port);
		tanto.login("tanto", WorkflowApi.PASSWORD);
		for (String page : List.of("/", "/tasks")) {
			String html = tanto.get(page).body();
			assertThat(html).doesNotContain(before, after, WorkflowApi.WORKS);
		}
	}

	/** A step offered to an outsider before the rule (simulated) loses them, with their Tasklist access, on start. */
	@Test
	void anOlderOfferToAnOutsiderIsRemovedOnStart() {
		long id = api.draft(project, "旧い代理 " + UUID.randomUUID().toString().substring(0, 6), "REPORT");
		api.submit(id, "kantoku");
		String task = api.task("kantoku", id, "APPROVE");
		tasks.addCandidateUser(task, "tanto");
		assertThat(api.call("GET", "/engine-rest/task?taskId=" + task, "tanto", null).body())
			.as("as the old behaviour left it").contains(task);

		reach.removeOutsidersFromOpenSteps();
		assertThat(api.call("GET", "/engine-rest/task?taskId=" + task, "tanto", null).body()).isEqualTo("[]");
		assertThat(api.hasTask("tanto", id)).isFalse();
		assertThat(api.hasTask("kantoku", id)).isTrue();
	}

	@Test
	void aDeputyWhoIsAMemberStillGetsTheStep() {
		long id = api.draft(project, "代理範囲内 " + UUID.randomUUID().toString().substring(0, 6), "REPORT");
		api.submit(id, "kantoku");
		absentToday("kantoku", "sokatsu");
		assertThat(api.hasTask("sokatsu", id)).isTrue();
		long later = api.draft(project, "代理範囲内（後） " + UUID.randomUUID().toString().substring(0, 6), "REPORT");
		api.submit(later, "kantoku");
		assertThat(api.hasTask("sokatsu", later)).as("a step created during the absence").isTrue();
		assertThat(api.call("GET", "/engine-rest/task?taskId=" + api.task("kantoku", later, "APPROVE"), "sokatsu",
				null).body()).contains("\"assignee\":\"kantoku\"");
		JsonNode reach = api.ok("GET", "/api/v1/me/absences/deputy-reach?deputyUserId=sokatsu", "kantoku", null);
		assertThat(reach.get("warning").isNull() || !reach.get("warning").asText().contains(WorkflowApi.WORKS))
			.isTrue();
	}

	/**
	 * Issue #18: an absence deleted (or no longer covering today) takes the held steps away from its deputy at once,
	 * in the portal's list, for deciding, and in Tasklist (the task authorization goes with the offer).
	 */
	@Test
	void aDeletedAbsenceWithdrawsTheStepsFromTheDeputy() {
		long id = api.draft(project, "代理の取消 " + UUID.randomUUID().toString().substring(0, 6), "REPORT");
		api.submit(id, "kantoku");
		String task = api.task("kantoku", id, "APPROVE");
		absentToday("kantoku", "sokatsu");
		assertThat(api.hasTask("sokatsu", id)).isTrue();
		assertThat(api.call("GET", "/engine-rest/task?taskId=" + task, "sokatsu", null).body()).contains(task);

		present();
		assertThat(api.hasTask("sokatsu", id)).as("the deputy's offer ends with the absence").isFalse();
		assertThat(api.call("GET", "/engine-rest/task?taskId=" + task, "sokatsu", null).body()).isEqualTo("[]");
		assertThat(api.complete("sokatsu", task, Map.of("action", "APPROVE")).statusCode()).isIn(403, 404);
		assertThat(api.hasTask("kantoku", id)).as("the holder keeps the step").isTrue();

		absentToday("kantoku", "sokatsu");
		assertThat(api.hasTask("sokatsu", id)).as("offered again with a new absence").isTrue();
		api.ok("PUT", "/api/v1/me/absences", "kantoku", List.of(Map.of("from",
				JapanDate.today().plusDays(1).toString(), "to", JapanDate.today().plusDays(2).toString(),
				"deputyUserId", "sokatsu")));
		assertThat(api.hasTask("sokatsu", id)).as("moved to tomorrow, the absence offers nothing today").isFalse();
	}

	/** Issue #22: the deputy reads the document on the task page and is told, in words, for whom they act. */
	@Test
	void theDeputysTaskPageShowsTheDocumentAndForWhomTheyAct() {
		long id = api.draft(project, "代理の表示 " + UUID.randomUUID().toString().substring(0, 6), "REPORT");
		api.submit(id, "kantoku");
		absentToday("kantoku", "sokatsu");
		BrowserlessClient sokatsu = new BrowserlessClient(port);
		sokatsu.login("sokatsu", "Kyoyu#Demo2026");
		String page = sokatsu.get("/tasks/" + api.task("sokatsu", id, "APPROVE")).body();
		assertThat(page).contains("id=\"deputy-notice\"", "高橋 監子 さんの代理で承認します。");
		assertThat(page).contains("id=\"document-content\"", "id=\"proposal-form-viewer\"", "data-readonly=\"true\"")
			.contains("法面勾配の変更について協議します。");

		BrowserlessClient kantoku = new BrowserlessClient(port);
		kantoku.login("kantoku", "Kyoyu#Demo2026");
		String own = kantoku.get("/tasks/" + api.task("kantoku", id, "APPROVE")).body();
		assertThat(own).as("the holder acts for nobody").doesNotContain("id=\"deputy-notice\"")
			.contains("id=\"document-content\"");
	}

	@Test
	void theAbsencePageSaysWhichProjectsTheDeputyWillNotReach() {
		JsonNode reach = api.ok("GET", "/api/v1/me/absences/deputy-reach?deputyUserId=tanto", "kantoku", null);
		assertThat(reach.get("warning").asText()).contains("届きません", WorkflowApi.WORKS);

		BrowserlessClient kantoku = new BrowserlessClient(port);
		kantoku.login("kantoku", WorkflowApi.PASSWORD);
		HttpResponse<String> saved = kantoku.submit("/account/absences", "/account/absences", "from="
				+ JapanDate.today() + "&to=" + JapanDate.today().plusDays(1) + "&deputyUserId=tanto");
		assertThat(saved.statusCode()).as("registered, not refused").isEqualTo(302);
		String page = kantoku.get("/account/absences").body();
		assertThat(page).contains("id=\"deputy-warning\"", "届きません", WorkflowApi.WORKS);
		assertThat(api.ok("GET", "/api/v1/me/absences", "kantoku", null)).hasSize(1);
	}
}
