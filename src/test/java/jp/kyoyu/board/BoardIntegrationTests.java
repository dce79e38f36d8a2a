package jp.kyoyu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.audit.AuditLog;
import jp.kyoyu.audit.AuditQuery;
import jp.kyoyu.audit.AuditRecord;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The board over HTTP: who sees what on every path, unread marks, search, replies, files, bulk posts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	BoardApi api;

	@BeforeEach
	void client() {
		api = new BoardApi(port);
	}

	@Test
	void aPostForChosenUsersIsMissingForEveryoneElseOnEveryPath() throws Exception {
		long projectId = api.project("掲示板の閲覧制限");
		String title = "現場代理人だけへ " + UUID.randomUUID();
		long id = api.post(projectId, "kantoku", title, List.of("genba"));
		long reply = api.read(api.send("POST", "/api/v1/posts/" + id + "/replies", "genba", Map.of("body", "了解しました")))
			.get("id").asLong();
		long file = api.read(api.upload("/api/v1/posts/" + id + "/attachments", "kantoku", "配筋図 第1版.pdf", "pdf"))
			.get("id").asLong();
		long group = api.read(api.send("POST", "/api/v1/groups", "shunin",
				Map.of("name", "監督員の動き", "members", List.of("kantoku")))).get("id").asLong();

		assertThat(api.titles(api.get("/api/v1/projects/" + projectId + "/posts", "genba"), "title")).contains(title);
		assertThat(api.titles(api.get("/api/v1/me/unread-posts", "genba"), "title")).contains(title);
		assertThat(api.get("/api/v1/posts/" + id + "/attachments/" + file, "genba").body()).isEqualTo("pdf");

		assertThat(api.get("/api/v1/posts/" + id, "shunin").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/posts/" + id + "/attachments/" + file, "shunin").statusCode()).isEqualTo(404);
		assertThat(api.send("POST", "/api/v1/posts/" + id + "/replies", "shunin", Map.of("body", "x")).statusCode())
			.isEqualTo(404);
		assertThat(api.send("DELETE", "/api/v1/posts/" + id, "shunin", null).statusCode()).isEqualTo(404);
		assertThat(api.titles(api.get("/api/v1/projects/" + projectId + "/posts", "shunin"), "title"))
			.doesNotContain(title);
		assertThat(api.titles(api.get("/api/v1/posts?q=" + enc("現場代理人だけへ"), "shunin"), "title"))
			.doesNotContain(title);
		assertThat(api.titles(api.get("/api/v1/me/unread-posts", "shunin"), "title")).doesNotContain(title);
		assertThat(api.get("/api/v1/me/post-tree", "shunin").body()).doesNotContain(title).doesNotContain("了解しました");
		assertThat(api.get("/api/v1/groups/" + group + "/posts", "shunin").body()).doesNotContain(title);
		assertThat(api.get("/api/v1/me/post-tree?projectIds=" + projectId, "genba").body()).contains(title)
			.contains("了解しました");
		assertThat(api.get("/api/v1/posts/" + id + "/attachments/" + file, "tanto").statusCode())
			.as("not even in the project").isEqualTo(404);
		assertThat(api.get("/api/v1/groups/" + group + "/posts", "genba").statusCode())
			.as("a group is its maker's").isEqualTo(404);
		assertThat(api.read(api.get("/api/v1/posts/" + id, "genba")).get("replies").get(0).get("id").asLong())
			.isEqualTo(reply);
	}

	@Test
	void openingMarksReadAndMarkAllReadEmptiesTheList() throws Exception {
		long projectId = api.project("未読の確認");
		String first = "未読1 " + UUID.randomUUID();
		String second = "未読2 " + UUID.randomUUID();
		long firstId = api.post(projectId, "kantoku", first, List.of());
		api.post(projectId, "kantoku", second, List.of());

		assertThat(api.titles(api.get("/api/v1/me/unread-posts", "kantoku"), "title"))
			.as("one's own posts are not unread").doesNotContain(first, second);
		assertThat(api.titles(api.get("/api/v1/me/unread-posts", "genba"), "title")).contains(first, second);
		JsonNode listed = api.read(api.get("/api/v1/projects/" + projectId + "/posts", "genba"));
		assertThat(listed.get(0).get("unread").asBoolean()).isTrue();
		assertThat(listed.get(0).get("author").asText()).isNotBlank();

		JsonNode opened = api.read(api.get("/api/v1/posts/" + firstId, "genba"));
		assertThat(opened.get("title").asText()).isEqualTo(first);
		assertThat(opened.get("replies").isArray()).isTrue();
		assertThat(api.titles(api.get("/api/v1/me/unread-posts", "genba"), "title")).doesNotContain(first)
			.contains(second);
		assertThat(api.titles(api.get("/api/v1/me/unread-posts", "shunin"), "title")).contains(first);

		api.read(api.send("POST", "/api/v1/me/unread-posts/mark-read", "genba", null));
		assertThat(api.titles(api.get("/api/v1/me/unread-posts", "genba"), "title")).doesNotContain(first, second);
		assertThat(api.read(api.get("/api/v1/projects/" + projectId + "/posts", "genba")).get(0).get("unread")
			.asBoolean()).isFalse();
	}

	@Test
	void searchFiltersByTitleAuthorAndDate() throws Exception {
		long projectId = api.project("検索");
		String word = UUID.randomUUID().toString().substring(0, 8);
		api.post(projectId, "kantoku", "排水路の件 " + word, List.of());
		api.post(projectId, "genba", "工程表の件 " + word, List.of());
		String base = "/api/v1/projects/" + projectId + "/posts";

		assertThat(api.titles(api.get(base + "?q=" + enc("排水路"), "shunin"), "title"))
			.containsExactly("排水路の件 " + word);
		assertThat(api.titles(api.get(base + "?author=genba", "shunin"), "title")).containsExactly("工程表の件 " + word);
		String today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
		assertThat(api.titles(api.get(base + "?from=" + today + "&to=" + today, "shunin"), "title")).hasSize(2);
		assertThat(api.titles(api.get(base + "?to=2020-01-01", "shunin"), "title")).isEmpty();
		assertThat(api.titles(api.get("/api/v1/posts?q=" + word + "&author=kantoku", "shunin"), "title"))
			.containsExactly("排水路の件 " + word);
		HttpResponse<String> badDate = api.get(base + "?from=4月1日", "shunin");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("from").contains("2026-04-01");
		assertThat(api.get(base, "tanto").statusCode()).as("not a member").isEqualTo(404);
	}

	@Test
	void onlyTheAuthorDeletesAndInputIsChecked() throws Exception {
		long projectId = api.project("削除と入力");
		long id = api.post(projectId, "kantoku", "消す記事", List.of());
		HttpResponse<String> empty = api.send("POST", "/api/v1/projects/" + projectId + "/posts", "kantoku",
				Map.of("title", "x".repeat(201), "body", ""));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("件名は200文字以内").contains("本文を入力");
		HttpResponse<String> stranger = api.send("POST", "/api/v1/projects/" + projectId + "/posts", "kantoku",
				Map.of("title", "t", "body", "b", "visibleTo", Map.of("users", List.of("tanto"))));
		assertThat(stranger.statusCode()).isEqualTo(400);
		assertThat(stranger.body()).contains("メンバーではありません");

		assertThat(api.send("DELETE", "/api/v1/posts/" + id, "genba", null).statusCode()).isEqualTo(403);
		assertThat(api.send("DELETE", "/api/v1/posts/" + id, "kantoku", null).statusCode()).isEqualTo(204);
		assertThat(api.get("/api/v1/posts/" + id, "kantoku").statusCode()).isEqualTo(404);
		assertThat(audit.search(new AuditQuery(null, "post.deleted", "post:" + id, null, null, null), 0, 10)
			.getContent()).extracting(AuditRecord::actor).containsExactly("kantoku");
	}

	@Test
	void attachmentsKeepTheirJapaneseNames() throws Exception {
		long projectId = api.project("添付");
		long id = api.post(projectId, "kantoku", "写真を送ります", List.of());
		JsonNode file = api.read(api.upload("/api/v1/posts/" + id + "/attachments", "kantoku", "現場写真 その2.jpg", "jpeg"));
		assertThat(file.get("name").asText()).isEqualTo("現場写真 その2.jpg");
		assertThat(api.upload("/api/v1/posts/" + id + "/attachments", "genba", "x.txt", "x").statusCode())
			.as("only the author attaches to a post").isEqualTo(403);
		long reply = api.read(api.send("POST", "/api/v1/posts/" + id + "/replies", "genba", Map.of("body", "返します")))
			.get("id").asLong();
		api.read(api.upload("/api/v1/posts/" + id + "/attachments?replyId=" + reply, "genba", "回答書.pdf", "reply"));

		JsonNode post = api.read(api.get("/api/v1/posts/" + id, "shunin"));
		assertThat(post.get("attachments").get(0).get("name").asText()).isEqualTo("現場写真 その2.jpg");
		assertThat(post.get("replies").get(0).get("attachments").get(0).get("name").asText()).isEqualTo("回答書.pdf");
		HttpResponse<String> download = api.get("/api/v1/posts/" + id + "/attachments/" + file.get("id").asLong(),
				"shunin");
		assertThat(download.body()).isEqualTo("jpeg");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
			.contains(URLEncoder.encode("現場写真", StandardCharsets.UTF_8));
	}

	@Test
	void onePostToSeveralProjectsIsEditedAndDeletedEverywhere() throws Exception {
		long first = api.project("一括1");
		long second = api.project("一括2");
		JsonNode ids = api.read(api.send("POST", "/api/v1/posts", "kantoku",
				Map.of("projectIds", List.of(first, second), "title", "安全大会のお知らせ", "body", "7月1日に行います。")))
			.get("ids");
		assertThat(ids).hasSize(2);
		long a = ids.get(0).asLong();
		long b = ids.get(1).asLong();

		assertThat(api.send("PUT", "/api/v1/posts/" + a + "?everywhere=true", "kantoku",
				Map.of("title", "安全大会（日程変更）", "body", "7月8日に延期します。")).statusCode()).isEqualTo(204);
		assertThat(api.read(api.get("/api/v1/posts/" + b, "genba")).get("title").asText()).isEqualTo("安全大会（日程変更）");
		assertThat(api.send("PUT", "/api/v1/posts/" + a, "kantoku", Map.of("title", "一方だけ", "body", "b"))
			.statusCode()).isEqualTo(204);
		assertThat(api.read(api.get("/api/v1/posts/" + b, "genba")).get("title").asText()).isEqualTo("安全大会（日程変更）");

		HttpResponse<String> deleteProject = api.send("DELETE", "/api/v1/projects/" + first, "sokatsu", null);
		assertThat(deleteProject.statusCode()).as("a project with posts stays").isNotIn(200, 204);
		assertThat(api.send("DELETE", "/api/v1/posts/" + b + "?everywhere=true", "kantoku", null).statusCode())
			.isEqualTo(204);
		assertThat(api.get("/api/v1/posts/" + a, "genba").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/posts/" + b, "genba").statusCode()).isEqualTo(404);
		assertThat(api.send("POST", "/api/v1/posts", "kantoku",
				Map.of("projectIds", List.of(first, 999999), "title", "t", "body", "b")).statusCode()).isEqualTo(404);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
