package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.storage.FileStore;

/** Folder trees over HTTP: templates per kind, add, rename, move (no cycles), delete with contents, who sees what. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentFolderIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	FileStore files;

	@Autowired
	DocumentManagement documents;

	@Autowired
	FolderRepository folders;

	@Autowired
	TreeMarkRepository marks;

	DocumentApi api;

	@BeforeEach
	void client() {
		api = new DocumentApi(port);
	}

	@Test
	void everyProjectGetsTheTreeOfItsKind() throws Exception {
		long works = api.project("WORKS", "フォルダ雛形 工事");
		long service = api.project("SERVICE", "フォルダ雛形 業務");

		assertThat(api.topNames(works, "genba")).containsExactly("施工計画", "打合せ簿", "材料", "段階確認", "品質管理",
				"出来形管理", "写真", "完成図", "その他");
		assertThat(api.topNames(service, "gyomu")).containsExactly("打合せ記録", "報告書", "図面", "写真", "測量", "その他");
		assertThat(api.read(api.get("/api/v1/projects/" + works + "/folders", "genba")).get(1).get("code").asText())
			.isEqualTo("MEET");
	}

	@Test
	void aProjectMadeBeforeThisModuleGetsItsTreeWhenFirstOpened() throws Exception {
		long project = api.project("SERVICE", "既存の業務");
		List<Folder> made = folders.findByProjectIdOrderByPositionAscIdAsc(project);
		folders.deleteAll(made);
		marks.deleteById(project);
		assertThat(documents.foldersOf(project)).isEmpty();

		assertThat(api.topNames(project, "gyomu")).startsWith("打合せ記録", "報告書");
		assertThat(documents.foldersOf(project)).hasSize(made.size());
	}

	@Test
	void foldersAreAddedRenamedAndMovedButNeverIntoThemselves() throws Exception {
		long project = api.project("WORKS", "フォルダ操作");
		long meet = api.folderId(project, "打合せ簿");
		long june = api.folder(project, "6月分", meet);
		long week = api.folder(project, "第1週", june);

		HttpResponse<String> duplicate = api.send("POST", "/api/v1/projects/" + project + "/folders", "genba",
				Map.of("name", "6月分", "parentId", meet));
		assertThat(duplicate.statusCode()).isEqualTo(400);
		assertThat(duplicate.body()).contains("すでにあります");
		assertThat(api.send("POST", "/api/v1/projects/" + project + "/folders", "genba", Map.of("name", "a/b"))
			.body()).contains("「/」");
		assertThat(api.send("POST", "/api/v1/projects/" + project + "/folders", "genba", Map.of("name", " "))
			.body()).contains("フォルダ名を入力してください");

		HttpResponse<String> cycle = api.send("PUT", "/api/v1/folders/" + june, "genba", Map.of("parentId", week));
		assertThat(cycle.statusCode()).isEqualTo(400);
		assertThat(cycle.body()).contains("その中のフォルダへは移動できません");
		assertThat(api.send("PUT", "/api/v1/folders/" + june, "genba", Map.of("parentId", june)).statusCode())
			.isEqualTo(400);

		Map<String, Object> toTop = new HashMap<>();
		toTop.put("name", "6月分（済）");
		toTop.put("parentId", null);
		JsonNode moved = api.read(api.send("PUT", "/api/v1/folders/" + june, "kantoku", toTop));
		assertThat(moved.get("name").asText()).isEqualTo("6月分（済）");
		assertThat(moved.get("parentId").isNull()).isTrue();
		assertThat(api.topNames(project, "genba")).endsWith("6月分（済）");
		JsonNode tree = api.read(api.get("/api/v1/projects/" + project + "/folders", "genba"));
		JsonNode top = tree.get(tree.size() - 1);
		assertThat(top.get("children").get(0).get("name").asText()).isEqualTo("第1週");

		JsonNode renamed = api.read(api.send("PUT", "/api/v1/folders/" + meet, "genba", Map.of("name", "打合せ簿（工事）")));
		assertThat(renamed.get("code").asText()).as("the template key survives a rename").isEqualTo("MEET");
	}

	@Test
	void aFolderWithContentsGoesOnlyWhenAskedAndReleasesItsFiles() throws Exception {
		long project = api.project("WORKS", "フォルダ削除");
		long parent = api.folder(project, "削除する", null);
		long child = api.folder(project, "中のフォルダ", parent);
		JsonNode document = api.document(child, "genba", "削除される書類", "その他", "2026-06-10", "memo.txt", "memo");
		long fileId = document.get("files").get(0).get("fileId").asLong();

		HttpResponse<String> refused = api.send("DELETE", "/api/v1/folders/" + parent, "genba", null);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("フォルダ1件と書類1件").contains("recursive=true");
		assertThat(files.get(fileId).name()).isEqualTo("memo.txt");

		assertThat(api.send("DELETE", "/api/v1/folders/" + parent + "?recursive=true", "genba", null).statusCode())
			.isEqualTo(204);
		assertThat(api.topNames(project, "genba")).doesNotContain("削除する");
		assertThat(api.get("/api/v1/documents/" + document.get("id").asLong(), "genba").statusCode()).isEqualTo(404);
		assertThatThrownBy(() -> files.get(fileId)).as("released, not orphaned").isInstanceOf(NotFoundException.class);

		long empty = api.folder(project, "空のフォルダ", null);
		assertThat(api.send("DELETE", "/api/v1/folders/" + empty, "genba", null).statusCode()).isEqualTo(204);
	}

	@Test
	void aContractorCannotDeleteOthersDocumentsWithAFolder() throws Exception {
		long project = api.project("WORKS", "他人の書類");
		long folder = api.folder(project, "監督員の書類", null);
		api.document(folder, "kantoku", "指示書", "その他", "2026-06-10", "shiji.txt", "shiji");
		HttpResponse<String> refused = api.send("DELETE", "/api/v1/folders/" + folder + "?recursive=true", "genba", null);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(api.send("DELETE", "/api/v1/folders/" + folder + "?recursive=true", "kantoku", null).statusCode())
			.isEqualTo(204);
	}

	@Test
	void outsidersGet404OnEveryPath() throws Exception {
		long project = api.project("WORKS", "部外者");
		long folder = api.folderId(project, "その他");
		JsonNode document = api.document(folder, "genba", "部外秘の書類", "その他", "2026-06-10", "secret.pdf", "%PDF-1.4");
		long documentId = document.get("id").asLong();
		long fileRow = document.get("files").get(0).get("id").asLong();
		String outsider = "tanto";

		for (String path : List.of("/api/v1/projects/" + project + "/folders", "/api/v1/folders/" + folder,
				"/api/v1/projects/" + project + "/documents", "/api/v1/projects/" + project + "/documents.csv",
				"/api/v1/projects/" + project + "/documents.xlsx", "/api/v1/documents/" + documentId,
				"/api/v1/documents/" + documentId + "/files/" + fileRow,
				"/api/v1/documents/" + documentId + "/files/" + fileRow + "?inline=true",
				"/projects/" + project + "/documents", "/documents/" + documentId)) {
			assertThat(api.get(path, outsider).statusCode()).as(path).isEqualTo(404);
		}
		assertThat(api.send("POST", "/api/v1/projects/" + project + "/folders", outsider, Map.of("name", "x"))
			.statusCode()).isEqualTo(404);
		assertThat(api.send("PUT", "/api/v1/folders/" + folder, outsider, Map.of("name", "x")).statusCode())
			.isEqualTo(404);
		assertThat(api.send("DELETE", "/api/v1/folders/" + folder + "?recursive=true", outsider, null).statusCode())
			.isEqualTo(404);
		assertThat(api.register(folder, outsider, Map.of("category", "x", "date", "2026-06-01"),
				Map.of("a.txt", new byte[] { 1 })).statusCode()).isEqualTo(404);
		assertThat(api.send("PUT", "/api/v1/documents/" + documentId, outsider, Map.of("folderId", folder))
			.statusCode()).isEqualTo(404);
		assertThat(api.send("DELETE", "/api/v1/documents/" + documentId, outsider, null).statusCode()).isEqualTo(404);
		assertThat(api.send("POST", "/api/v1/projects/" + project + "/uploads", outsider,
				Map.of("name", "a.bin", "size", 1)).statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/documents/" + documentId, "genba").statusCode()).isEqualTo(200);
	}

	@Test
	void aProjectWithDocumentsIsNotDeletedButAnEmptyOneTakesItsFolders() throws Exception {
		long kept = api.project("WORKS", "書類のある工事");
		api.document(api.folderId(kept, "その他"), "genba", "残す書類", "その他", "2026-06-10", "a.txt", "a");
		HttpResponse<String> refused = api.send("DELETE", "/api/v1/projects/" + kept, "sokatsu", null);
		assertThat(refused.statusCode()).isBetween(400, 409);
		assertThat(refused.body()).contains("書類");

		long empty = api.project("WORKS", "空の工事");
		assertThat(documents.foldersOf(empty)).isNotEmpty();
		assertThat(api.send("DELETE", "/api/v1/projects/" + empty, "sokatsu", null).statusCode()).isBetween(200, 204);
		assertThat(documents.foldersOf(empty)).isEmpty();
	}
}
