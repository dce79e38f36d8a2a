package jp.kyoyu.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.document.MatterFolders;
import jp.kyoyu.document.DocumentManagement;
import jp.kyoyu.document.DocumentView;
import jp.kyoyu.document.FolderView;
import jp.kyoyu.storage.FileStore;

/**
 * Pre-consultation through the JSON API (S4.8-S4.13): both sides comment and read each other, the board
 * notice reaches the other side, answer and agreement change the status, conversion carries content and
 * files into a proposal linked both ways, and the stage's process follows along.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	MatterFolders folders;

	@Autowired
	DocumentManagement documents;

	@Autowired
	FileStore store;

	@Test
	void eachMatterHasASharedFolderHoldingItsMaterialAndComments() throws Exception {
		ConsultationApi api = new ConsultationApi(port);
		long projectId = api.project("事前打合せ フォルダ");
		long id = api.matter(projectId, "gyomu", "排水計画の方針", "BOARD");
		api.upload("/api/v1/consultations/" + id + "/files", "gyomu", "排水計画図.pdf", "%PDF-1.4 drain");
		long commentId = api.comment(id, "tanto", "流末の位置を再検討してください。");
		api.upload("/api/v1/consultations/" + id + "/files?commentId=" + commentId, "tanto", "指摘箇所.txt", "No.3付近");
		long second = api.matter(projectId, "tanto", "用地の確認", "BOARD");

		FolderView folder = folders.folderFor(projectId, id, "排水計画の方針", "tanto");
		assertThat(folder.name()).isEqualTo("No." + id + " 排水計画の方針");
		assertThat(folders.folderFor(projectId, second, "用地の確認", "gyomu").id()).as("a folder per matter")
			.isNotEqualTo(folder.id());
		List<DocumentView> inFolder = documents.documents(projectId, null, "gyomu").stream()
			.filter(d -> d.folderId() == folder.id())
			.toList();
		assertThat(inFolder).extracting(DocumentView::title).hasSize(4).contains("資料：排水計画の方針",
				"資料ファイル：排水計画図.pdf", "コメント添付：指摘箇所.txt")
			.anyMatch(title -> title.startsWith("コメント：田中 担（"));
		assertThat(inFolder.get(0).folderPath()).contains("事前打合せ");
		DocumentView comment = inFolder.stream().filter(d -> d.title().startsWith("コメント：")).findFirst().orElseThrow();
		assertThat(comment.category()).isEqualTo("事前打合せコメント");
		assertThat(store.open(comment.files().get(0).fileId()).getContentAsString(StandardCharsets.UTF_8))
			.contains("流末の位置を再検討してください。");
		DocumentView material = inFolder.stream().filter(d -> d.title().equals("資料：排水計画の方針")).findFirst().orElseThrow();
		assertThat(store.open(material.files().get(0).fileId()).getContentAsString(StandardCharsets.UTF_8))
			.contains("排水計画の方針 の資料です。");
	}

	@Test
	void bothSidesCommentAndReadEachOthersComments() throws Exception {
		ConsultationApi api = new ConsultationApi(port);
		long projectId = api.project("事前打合せ コメント");
		long id = api.matter(projectId, "gyomu", "測量範囲の確認", "BOARD");
		assertThat(status(api, id, "gyomu")).isEqualTo("REGISTERED");

		api.comment(id, "gyomu", "補足：北側の水路も含めます。");
		assertThat(status(api, id, "tanto")).as("the registering side's own comment is no answer").isEqualTo("REGISTERED");
		api.comment(id, "tanto", "範囲は了解しました。水路の延長を教えてください。");
		api.comment(id, "gyomu", "約320mです。");

		for (String reader : List.of("gyomu", "tanto", "sokatsu")) {
			JsonNode matter = api.read(api.get("/api/v1/consultations/" + id, reader));
			assertThat(matter.get("status").asText()).isEqualTo("ANSWERED");
			assertThat(matter.get("statusLabel").asText()).isEqualTo("回答あり");
			List<String> thread = new ArrayList<>();
			matter.get("comments").forEach(c -> thread.add(c.get("authorSide").asText() + ":" + c.get("body").asText()));
			assertThat(thread).containsExactly("CONTRACTOR:補足：北側の水路も含めます。",
					"AGENCY:範囲は了解しました。水路の延長を教えてください。", "CONTRACTOR:約320mです。");
		}
		JsonNode row = only(api.read(api.get("/api/v1/projects/" + projectId + "/consultations", "tanto")), id,
				"PRE_CONSULTATION");
		assertThat(row.get("title").asText()).isEqualTo("測量範囲の確認");
		assertThat(row.get("status").asText()).isEqualTo("ANSWERED");
		assertThat(row.get("lastCommentAt").isNull()).isFalse();
	}

	@Test
	void theOtherSideFindsABoardNoticeOfMaterialAndOfAnswers() throws Exception {
		ConsultationApi api = new ConsultationApi(port);
		long projectId = api.project("事前打合せ 掲示板");
		String title = "設計条件の確認 " + UUID.randomUUID().toString().substring(0, 6);
		long id = api.matter(projectId, "gyomu", title, "BOARD");
		List<String> agencyPosts = api.titles(api.get("/api/v1/projects/" + projectId + "/posts", "tanto"), "title");
		assertThat(agencyPosts).contains("【事前打合せ】資料の登録：" + title);

		api.comment(id, "tanto", "条件は了承します。");
		List<String> contractorPosts = api.titles(api.get("/api/v1/projects/" + projectId + "/posts", "gyomu"), "title");
		assertThat(contractorPosts).contains("【事前打合せ】コメント：" + title);
		assertThat(api.titles(api.get("/api/v1/projects/" + projectId + "/posts", "sokatsu"), "title"))
			.as("a notice is for the other side only: sokatsu saw the material, not tanto's own answer")
			.contains("【事前打合せ】資料の登録：" + title)
			.doesNotContain("【事前打合せ】コメント：" + title);
	}

	@Test
	void mailOnlyMattersPostNothingOnTheBoard() throws Exception {
		ConsultationApi api = new ConsultationApi(port);
		long projectId = api.project("事前打合せ メールのみ");
		String title = "メールだけの案件 " + UUID.randomUUID().toString().substring(0, 6);
		api.matter(projectId, "gyomu", title, "MAIL");
		assertThat(api.get("/api/v1/projects/" + projectId + "/posts", "tanto").body()).doesNotContain(title);
	}

	@Test
	void conversionCarriesContentAndFilesAndLinksBothWays() throws Exception {
		ConsultationApi api = new ConsultationApi(port);
		long projectId = api.project("事前打合せ 発議");
		long id = api.matter(projectId, "gyomu", "基準点の配置", "BOARD");
		assertThat(api.upload("/api/v1/consultations/" + id + "/files", "gyomu", "基準点配置図.pdf", "%PDF-1.4 points")
			.statusCode()).isEqualTo(201);
		long commentId = api.comment(id, "tanto", "配置は妥当です。既設点も確認願います。");
		HttpResponse<String> attached = api.upload("/api/v1/consultations/" + id + "/files?commentId=" + commentId,
				"tanto", "既設点一覧.txt", "BM-1, BM-2");
		assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
		assertThat(api.upload("/api/v1/consultations/" + id + "/files?commentId=" + commentId, "gyomu", "x.txt", "x")
			.statusCode()).as("only the comment's author attaches to it").isEqualTo(403);
		assertThat(api.read(api.send("POST", "/api/v1/consultations/" + id + "/agreement", "tanto", null))
			.get("statusLabel").asText()).isEqualTo("合意済");

		HttpResponse<String> converted = api.send("POST", "/api/v1/consultations/" + id + "/proposal", "gyomu",
				Map.of("type", "serviceMeetingRecord"));
		assertThat(converted.statusCode()).as(converted.body()).isEqualTo(201);
		long proposalId = api.json.readTree(converted.body()).get("proposalId").asLong();

		JsonNode proposal = api.read(api.get("/api/v1/proposals/" + proposalId, "gyomu"));
		assertThat(proposal.get("title").asText()).isEqualTo("基準点の配置");
		assertThat(proposal.get("type").asText()).isEqualTo("serviceMeetingRecord");
		assertThat(proposal.get("fields").get("content").asText()).contains("基準点の配置 の資料です。")
			.contains("配置は妥当です。既設点も確認願います。");
		JsonNode parts = api.read(api.get("/api/v1/proposals/" + proposalId + "/attachments", "gyomu"));
		List<String> names = new ArrayList<>();
		parts.forEach(part -> names.add(part.get("name").asText()));
		assertThat(names).containsExactly("基準点配置図.pdf", "既設点一覧.txt");
		assertThat(api.get("/api/v1/proposals/" + proposalId + "/attachments/" + parts.get(0).get("id").asLong(),
				"gyomu").body()).isEqualTo("%PDF-1.4 points");

		JsonNode matter = api.read(api.get("/api/v1/consultations/" + id, "tanto"));
		assertThat(matter.get("status").asText()).isEqualTo("CONVERTED");
		assertThat(matter.get("proposalId").asLong()).isEqualTo(proposalId);
		JsonNode origin = api.read(api.get("/api/v1/proposals/" + proposalId + "/consultation", "gyomu"));
		assertThat(origin.get("id").asLong()).isEqualTo(id);
		JsonNode list = api.read(api.get("/api/v1/projects/" + projectId + "/consultations", "gyomu"));
		assertThat(only(list, id, "PRE_CONSULTATION").get("status").asText()).isEqualTo("CONVERTED");
		assertThat(only(list, proposalId, "DECISION").get("matterId").asLong()).isEqualTo(id);

		assertThat(api.send("POST", "/api/v1/consultations/" + id + "/comments", "tanto", Map.of("body", "追記"))
			.statusCode()).as("a converted matter takes no more comments").isEqualTo(403);
		assertThat(endsOf(id)).contains("Event_ConvertedEnd");
	}

	@Test
	void agreementAndWithdrawalBelongToTheirSides() throws Exception {
		ConsultationApi api = new ConsultationApi(port);
		long projectId = api.project("事前打合せ 取下げ");
		long id = api.matter(projectId, "gyomu", "取り下げる案件", "BOARD");
		assertThat(api.send("POST", "/api/v1/consultations/" + id + "/agreement", "gyomu", null).statusCode())
			.isEqualTo(403);
		assertThat(api.send("POST", "/api/v1/consultations/" + id + "/withdrawal", "tanto", null).statusCode())
			.isEqualTo(403);
		assertThat(api.read(api.send("POST", "/api/v1/consultations/" + id + "/withdrawal", "gyomu", null))
			.get("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(api.send("POST", "/api/v1/consultations/" + id + "/proposal", "gyomu",
				Map.of("type", "serviceMeetingRecord")).statusCode()).isEqualTo(403);
		assertThat(endsOf(id)).contains("Event_WithdrawnEnd").doesNotContain("Event_ConvertedEnd");
	}

	@Test
	void wrongInputIsRefusedInJapaneseNamingTheField() throws Exception {
		ConsultationApi api = new ConsultationApi(port);
		long projectId = api.project("事前打合せ 入力");
		HttpResponse<String> empty = api.send("POST", "/api/v1/projects/" + projectId + "/consultations", "gyomu",
				Map.of("title", " ", "body", ""));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("\"title\"").contains("件名を入力してください").contains("\"body\"");
		assertThat(api.send("POST", "/api/v1/projects/" + projectId + "/consultations", "gyomu",
				Map.of("title", "t", "body", "b", "notify", "FAX")).body()).contains("notify");
		long id = api.matter(projectId, "gyomu", "種類の誤り", "BOARD");
		HttpResponse<String> wrongType = api.send("POST", "/api/v1/consultations/" + id + "/proposal", "gyomu",
				Map.of("type", "worksMeetingRecord"));
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).contains("type").contains("serviceMeetingRecord");
		assertThat(api.send("POST", "/api/v1/consultations/" + id + "/comments", "gyomu", Map.of("body", ""))
			.statusCode()).isEqualTo(400);
		assertThat(api.upload("/api/v1/consultations/" + id + "/files?commentId=999999999", "gyomu", "a.txt", "a")
			.statusCode()).isEqualTo(404);
		assertThat(status(api, id, "gyomu")).as("nothing changed").isEqualTo("REGISTERED");
		// Business keys are ids of different tables (a proposal's approval has its proposal's id): name the process.
		assertThat(runtime.createProcessInstanceQuery()
			.processDefinitionKey("PreConsultationProcess")
			.processInstanceBusinessKey(String.valueOf(id))
			.count()).isEqualTo(1);
	}

	@Test
	void membersOfAnotherProjectGet404Everywhere() throws Exception {
		ConsultationApi api = new ConsultationApi(port);
		long projectId = api.project("事前打合せ 非公開");
		long id = api.matter(projectId, "gyomu", "部外者に見えない案件", "BOARD");
		long fileId = api.read(api.upload("/api/v1/consultations/" + id + "/files", "gyomu", "秘.txt", "secret"))
			.get("id").asLong();
		long proposalId = api.json.readTree(api.send("POST", "/api/v1/consultations/" + id + "/proposal", "gyomu",
				Map.of("type", "serviceMeetingRecord")).body()).get("proposalId").asLong();
		long other = api.matter(projectId, "gyomu", "もう一つの案件", "BOARD");
		for (String outsider : List.of("genba", "kantoku", "admin")) {
			assertThat(api.get("/api/v1/projects/" + projectId + "/consultations", outsider).statusCode()).isEqualTo(404);
			assertThat(api.send("POST", "/api/v1/projects/" + projectId + "/consultations", outsider,
					Map.of("title", "t", "body", "b")).statusCode()).isEqualTo(404);
			assertThat(api.get("/api/v1/consultations/" + id, outsider).statusCode()).isEqualTo(404);
			assertThat(api.get("/api/v1/consultations/" + id + "/files/" + fileId, outsider).statusCode()).isEqualTo(404);
			assertThat(api.get("/api/v1/proposals/" + proposalId + "/consultation", outsider).statusCode()).isEqualTo(404);
			assertThat(api.send("POST", "/api/v1/consultations/" + other + "/comments", outsider, Map.of("body", "x"))
				.statusCode()).isEqualTo(404);
			assertThat(api.upload("/api/v1/consultations/" + other + "/files", outsider, "x.txt", "x").statusCode())
				.isEqualTo(404);
			for (String action : List.of("agreement", "withdrawal")) {
				assertThat(api.send("POST", "/api/v1/consultations/" + other + "/" + action, outsider, null).statusCode())
					.isEqualTo(404);
			}
			assertThat(api.send("POST", "/api/v1/consultations/" + other + "/proposal", outsider,
					Map.of("type", "serviceMeetingRecord")).statusCode()).isEqualTo(404);
			assertThat(api.get("/consultations/" + id, outsider).statusCode()).isEqualTo(404);
			assertThat(api.get("/projects/" + projectId + "/consultations", outsider).statusCode()).isEqualTo(404);
		}
		assertThat(status(api, other, "gyomu")).isEqualTo("REGISTERED");
		assertThat(api.read(api.get("/api/v1/consultations/" + other, "gyomu")).get("comments")).isEmpty();
	}

	private static String status(ConsultationApi api, long id, String user) throws Exception {
		return api.read(api.get("/api/v1/consultations/" + id, user)).get("status").asText();
	}

	private static JsonNode only(JsonNode list, long id, String stage) {
		List<JsonNode> rows = new ArrayList<>();
		list.forEach(row -> {
			if (row.get("id").asLong() == id && row.get("stage").asText().equals(stage)) {
				rows.add(row);
			}
		});
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private List<String> endsOf(long matterId) {
		// A proposal's approval may carry the same number as its business key: ask for this process only.
		String instance = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey("PreConsultationProcess")
			.processInstanceBusinessKey(String.valueOf(matterId))
			.singleResult()
			.getId();
		return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityType("noneEndEvent")
			.list().stream().map(HistoricActivityInstance::getActivityId).toList();
	}
}
