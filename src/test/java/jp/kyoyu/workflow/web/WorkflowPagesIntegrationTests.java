package jp.kyoyu.workflow.web;

import static jp.kyoyu.workflow.web.PageFixtures.encode;
import static jp.kyoyu.workflow.web.PageFixtures.taskId;
import static jp.kyoyu.workflow.web.PageFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JapanDate;

/** The workflow pages as browsers post them: submit, tasks, approval status, corrections, lists, absences. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkflowPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ProposalManagement proposals;

	PageFixtures fixtures;

	BrowserlessClient genba;

	@BeforeEach
	void setUp() {
		fixtures = new PageFixtures(port);
		genba = fixtures.login("genba");
	}

	@Test
	void theRouteEditorMovesStepsAndAnIncompleteDocumentKeepsEverythingTyped() {
		long proposal = fixtures.draft(fixtures.worksProject(), "未完成の協議 " + unique(), null);
		String page = "/proposals/" + proposal + "/submit";
		assertThat(genba.get(page).body()).contains("承認・閲覧の経路", "回答希望日", "重要");

		String route = "&userId=kantoku&role=APPROVER&userId=shunin&role=VIEWER";
		HttpResponse<String> moved = genba.submit(page, page, "op=down-0" + route + "&comment=" + encode("急ぎでお願いします"));
		assertThat(moved.statusCode()).isEqualTo(200);
		String body = moved.body();
		assertThat(body.indexOf("value=\"shunin\" selected=\"selected\"")).as("shunin moved up")
			.isLessThan(body.indexOf("value=\"kantoku\" selected=\"selected\""));
		assertThat(body).contains("急ぎでお願いします");

		String requested = JapanDate.today().plusDays(10).toString();
		HttpResponse<String> refused = genba.submit(page, page, "op=submit" + route + "&importance=IMPORTANT"
				+ "&requestedAnswerDate=" + requested + "&comment=" + encode("説明は添付のとおり"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("書類に不足があるため提出できません", "「内容」を入力してください。", "説明は添付のとおり",
				"value=\"" + requested + "\"", "value=\"IMPORTANT\" checked=\"checked\"");
		assertThat(fixtures.api("GET", "/api/v1/proposals/" + proposal, "genba", null).get("status").asText())
			.isEqualTo("DRAFT");

		HttpResponse<String> badDate = genba.submit(page, page, "op=submit" + route + "&requestedAnswerDate=2026-13-45");
		assertThat(badDate.body()).contains("「回答希望日」は YYYY-MM-DD の形の日付で入力してください。", "2026-13-45");
		// issue #22: marked 必須 before anything is sent, not only refused afterwards
		assertThat(genba.get(page).body()).containsPattern(
				"<label for=\"requestedAnswerDate\">回答希望日\\s*<span class=\"badge\">必須</span></label>")
			.contains("aria-required=\"true\"");
		HttpResponse<String> noRoute = genba.submit(page, page, "op=submit&requestedAnswerDate=" + requested);
		assertThat(noRoute.body()).contains("経路に承認者を1人以上入れてください。");
	}

	@Test
	void sendBackResubmitApproveAndCorrectThroughThePages() throws IOException {
		String title = "法面勾配の協議 " + unique();
		long proposal = fixtures.draft(fixtures.worksProject(), title, "法面勾配を1:1.5に変更します。");
		assertThat(genba.get("/proposals/" + proposal).body()).contains("/proposals/" + proposal + "/submit");
		String submitPage = "/proposals/" + proposal + "/submit";
		HttpResponse<String> submitted = genba.submit(submitPage, submitPage,
				"op=submit&userId=kantoku&role=APPROVER&userId=shunin&role=APPROVER&importance=NORMAL&requestedAnswerDate="
						+ JapanDate.today().plusDays(14) + "&comment=" + encode("ご確認ください"));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
		String approval = "/proposals/" + proposal + "/approval";
		assertThat(genba.get(approval).body()).contains("承認中", "提出", "ご確認ください");

		BrowserlessClient kantoku = fixtures.login("kantoku");
		String task = taskId(kantoku.get("/tasks").body(), title);
		assertThat(kantoku.get("/").body()).contains("自分のタスク", "期限が近いもの", title);
		String taskPage = "/tasks/" + task;
		assertThat(kantoku.get(taskPage).body()).contains(title, "承認の記録", "差戻し（発議者へ）", "書類の PDF");
		HttpResponse<String> noReason = kantoku.submit(taskPage, taskPage,
				"proposalId=" + proposal + "&action=SEND_BACK_TO_PROPOSER&answer=" + encode("回答の下書き"));
		assertThat(noReason.statusCode()).isEqualTo(200);
		assertThat(noReason.body()).contains("差し戻すときは「コメント」に理由を書いてください。", "回答の下書き",
				"value=\"SEND_BACK_TO_PROPOSER\" checked=\"checked\"");
		assertThat(kantoku.submit(taskPage, taskPage, "proposalId=" + proposal
				+ "&action=SEND_BACK_TO_PROPOSER&comment=" + encode("根拠の図面を添付してください")).statusCode()).isEqualTo(302);

		HttpResponse<String> toRevise = genba.get(submitPage);
		assertThat(toRevise.statusCode()).isEqualTo(302);
		String revisePage = toRevise.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		assertThat(genba.get(revisePage).body()).contains("修正・再提出", "根拠の図面を添付してください", "書類を修正する");
		com.fasterxml.jackson.databind.JsonNode complete = fixtures.api("GET", "/api/v1/proposals/" + proposal, "genba",
				null).get("fields");
		fixtures.api("PUT", "/api/v1/proposals/" + proposal, "genba",
				java.util.Map.of("fields", java.util.Map.of("matter", "CONSULTATION")));
		HttpResponse<String> incomplete = genba.submit(revisePage, revisePage, "proposalId=" + proposal
				+ "&action=RESUBMIT&comment=" + encode("図面を添付しました"));
		assertThat(incomplete.statusCode()).isEqualTo(200);
		assertThat(incomplete.body()).contains("「内容」を入力してください。", "図面を添付しました");
		fixtures.api("PUT", "/api/v1/proposals/" + proposal, "genba", java.util.Map.of("fields", complete));
		assertThat(genba.submit(revisePage, revisePage, "proposalId=" + proposal + "&action=RESUBMIT&comment="
				+ encode("図面を添付しました")).statusCode()).isEqualTo(302);

		String again = taskId(kantoku.get("/tasks").body(), title);
		String againPage = "/tasks/" + again;
		String form = "proposalId=" + proposal + "&action=APPROVE&comment=" + encode("了解しました") + "&plannedAnswerDate="
				+ JapanDate.today().plusDays(7);
		assertThat(kantoku.submit(againPage, againPage, form).statusCode()).isEqualTo(302);
		HttpResponse<String> twice = kantoku.submit("/tasks", againPage, form);
		assertThat(twice.statusCode()).as("double click").isEqualTo(409);
		assertThat(twice.body()).contains("ほかの人がすでに処理したか", "了解しました");

		BrowserlessClient shunin = fixtures.login("shunin");
		String last = "/tasks/" + taskId(shunin.get("/tasks").body(), title);
		assertThat(shunin.submit(last, last, "proposalId=" + proposal + "&action=APPROVE").statusCode()).isEqualTo(302);
		String done = genba.get(approval).body();
		assertThat(done).contains("承認済", "差戻し（発議者へ）", "根拠の図面を添付してください", "再提出", "図面を添付しました",
				"修正の記録").doesNotContain("correction-form");

		HttpResponse<String> forbidden = genba.submit(approval, "/proposals/" + proposal + "/corrections",
				"field=RECEIVED_ON&value=2026-04-01&reason=x");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("日付を訂正できるのは");

		assertThat(kantoku.get(approval).body()).contains("correction-form");
		HttpResponse<String> wrong = kantoku.submit(approval, "/proposals/" + proposal + "/corrections",
				"field=RECEIVED_ON&value=2026-02-30&reason=" + encode("受理日の誤記"));
		assertThat(wrong.body()).contains("「訂正後の日付」は YYYY-MM-DD", "受理日の誤記", "value=\"RECEIVED_ON\" selected=\"selected\"");
		assertThat(kantoku.submit(approval, "/proposals/" + proposal + "/corrections",
				"field=RECEIVED_ON&value=2026-04-01&reason=" + encode("受理日の誤記")).statusCode()).isEqualTo(302);
		assertThat(genba.get(approval).body()).contains("受理日の誤記", "2026-04-01");

		String list = genba.get("/workflow/proposals?q=" + encode(title) + "&sort=-title").body();
		assertThat(list).contains(title, "承認済", "1件", "sort=title");
		assertThat(genba.get("/workflow/proposals?status=DRAFT&q=" + encode(title)).body()).contains(">0件<")
			.doesNotContain("approval-item");
		assertThat(genba.get("/workflow/proposals.csv?q=" + encode(title)).body()).contains(title, "承認済");
		HttpResponse<String> history = genba.get("/api/v1/proposals/" + proposal + "/history.csv");
		assertThat(history.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(history.body()).contains("差戻し", "根拠の図面を添付してください");
		HttpResponse<byte[]> excel = genba.download("/api/v1/proposals/" + proposal + "/history.xlsx");
		assertThat(excel.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
		assertThat(cellsOf(excel.body())).contains("根拠の図面を添付してください");
		HttpResponse<byte[]> pdf = genba.download("/api/v1/proposals/" + proposal + "/history.pdf");
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains(title, "根拠の図面を添付してください");
		}
		assertThat(cellsOf(genba.download("/workflow/proposals.xlsx?q=" + encode(title)).body())).contains(title,
				"承認済");
	}

	/** Every cell of every sheet, as text, one per line. */
	private static String cellsOf(byte[] xlsx) throws IOException {
		StringBuilder text = new StringBuilder();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell))
				.append('\n'))));
		}
		return text.toString();
	}

	@Test
	void aLaterApproverApprovesAheadOfAnAbsentOneOnTheApprovalPage() {
		String title = "後閲の協議 " + unique();
		long proposal = fixtures.draft(fixtures.worksProject(), title, "仮設道路の位置を変更します。");
		fixtures.api("POST", "/api/v1/proposals/" + proposal + "/submit", "genba", java.util.Map.of("route",
				java.util.List.of(java.util.Map.of("userId", "kantoku", "role", "APPROVER"),
						java.util.Map.of("userId", "shunin", "role", "APPROVER")),
				"requestedAnswerDate", JapanDate.today().plusDays(14).toString(), "importance", "IMPORTANT"));
		String approval = "/proposals/" + proposal + "/approval";
		BrowserlessClient shunin = fixtures.login("shunin");
		assertThat(shunin.get(approval).body()).as("kantoku is present").doesNotContain("approve-ahead");
		try {
			fixtures.api("PUT", "/api/v1/me/absences", "kantoku", java.util.List.of(java.util.Map.of("from",
					JapanDate.today().minusDays(1).toString(), "to", JapanDate.today().plusDays(1).toString())));
			assertThat(shunin.get(approval).body()).contains("後閲で先に承認する");
			assertThat(shunin.submit(approval, "/proposals/" + proposal + "/approve-ahead",
					"comment=" + encode("急ぎのため先に承認します")).statusCode()).isEqualTo(302);
			assertThat(genba.get(approval).body()).contains("承認済", "後閲待ち", "急ぎのため先に承認します");
			BrowserlessClient kantoku = fixtures.login("kantoku");
			String review = "/tasks/" + taskId(kantoku.get("/tasks").body(), title);
			assertThat(kantoku.get(review).body()).contains("後閲");
			assertThat(kantoku.submit(review, review, "proposalId=" + proposal + "&action=POST_REVIEWED").statusCode())
				.isEqualTo(302);
			assertThat(genba.get(approval).body()).contains("後閲済み").doesNotContain("後閲待ち");
		}
		finally {
			fixtures.api("PUT", "/api/v1/me/absences", "kantoku", java.util.List.of());
		}
	}

	@Test
	void aStepTheProposalsLifecycleRefusesIsAConflictOnTheTaskPage() {
		String title = "状態の変わった協議 " + unique();
		long proposal = fixtures.draft(fixtures.worksProject(), title, "仮設道路の位置を変更します。");
		fixtures.api("POST", "/api/v1/proposals/" + proposal + "/submit", "genba", java.util.Map.of("route",
				java.util.List.of(java.util.Map.of("userId", "kantoku", "role", "APPROVER")), "requestedAnswerDate",
				JapanDate.today().plusDays(14).toString()));
		BrowserlessClient kantoku = fixtures.login("kantoku");
		String taskPage = "/tasks/" + taskId(kantoku.get("/tasks").body(), title);
		// Another path (Tasklist, a model change) sent it back while kantoku's step is still open.
		proposals.sendBack(proposal);

		HttpResponse<String> refused = kantoku.submit(taskPage, taskPage, "proposalId=" + proposal
				+ "&action=SEND_BACK_TO_PROPOSER&comment=" + encode("根拠の図面が不足しています"));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(refused.body()).contains("この書類は「差戻し」のため、差し戻せません。", "根拠の図面が不足しています");
	}

	@Test
	void nonMembersGetNotFoundOnEveryPage() {
		long project = fixtures.privateProject();
		long proposal = fixtures.draft(project, "非公開の協議 " + unique(), "内容");
		BrowserlessClient kantoku = fixtures.login("kantoku");
		assertThat(kantoku.get("/proposals/" + proposal + "/approval").statusCode()).isEqualTo(404);
		assertThat(kantoku.get("/proposals/" + proposal + "/submit").statusCode()).isEqualTo(404);
		assertThat(kantoku.get("/workflow/proposals?projectId=" + project).statusCode()).isEqualTo(404);
		assertThat(kantoku.get("/api/v1/proposals/" + proposal + "/history.csv").statusCode()).isEqualTo(404);
		assertThat(kantoku.get("/tasks/no-such-task").statusCode()).isEqualTo(404);
	}

	@Test
	void absencesAreAddedWithADeputyOfTheSameSideAndRemoved() {
		BrowserlessClient gyomu = fixtures.login("gyomu");
		String page = "/account/absences";
		assertThat(gyomu.get("/account").body()).contains(page);
		assertThat(gyomu.get(page).body()).contains("不在・代理者", "代理者");
		HttpResponse<String> backwards = gyomu.submit(page, page, "from=2030-05-10&to=2030-05-01&deputyUserId=genba");
		assertThat(backwards.statusCode()).isEqualTo(200);
		assertThat(backwards.body()).contains("「終了日」は開始日以降の日付にしてください。", "value=\"2030-05-10\"",
				"value=\"genba\" selected=\"selected\"");
		HttpResponse<String> otherSide = gyomu.submit(page, page, "from=2030-05-01&to=2030-05-10&deputyUserId=kantoku");
		assertThat(otherSide.body()).contains("ご自身と同じ側");
		assertThat(gyomu.submit(page, page, "from=2030-05-01&to=2030-05-10&deputyUserId=genba").statusCode())
			.isEqualTo(302);
		String saved = gyomu.get(page).body();
		// the table shows the dates in the one screen style (issue #22)
		assertThat(saved).contains("2030/05/01", "2030/05/10", "不在期間を登録しました");
		int index = fixtures.api("GET", "/api/v1/me/absences", "gyomu", null).findValues("from").stream()
			.map(n -> n.asText())
			.toList()
			.indexOf("2030-05-01");
		assertThat(gyomu.submit(page, page + "/remove", "index=" + index).statusCode()).isEqualTo(302);
		assertThat(gyomu.get(page).body()).doesNotContain("2030-05-10");
	}
}
