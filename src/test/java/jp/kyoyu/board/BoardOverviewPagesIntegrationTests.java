package jp.kyoyu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/**
 * The pages over several projects (tree S2.7, one post to several projects S2.8), users' groups (C2.9) and
 * editing a post: each shows what it should, and a post for genba only never shows to shunin on any of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardOverviewPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theTreeShowsChosenProjectsWithRepliesAndNeverAHiddenPost() throws Exception {
		BoardApi api = new BoardApi(port);
		long first = api.project("まとめて見る1");
		long second = api.project("まとめて見る2");
		String open = "全員へ " + tag();
		String hidden = "現場代理人だけへ " + tag();
		String elsewhere = "もう一方の工事 " + tag();
		long openId = api.post(first, "kantoku", open, List.of());
		api.post(first, "kantoku", hidden, List.of("genba"));
		api.post(second, "kantoku", elsewhere, List.of());
		BrowserlessClient genba = login("genba");
		String postPath = "/board/posts/" + openId;
		assertThat(genba.submit(postPath, postPath + "/replies", "body=" + enc("了解です " + open)).statusCode())
			.isEqualTo(302);

		String genbasTree = genba.get("/board/tree?projectIds=" + first).body();
		assertThat(genbasTree).contains(open).contains(hidden).contains("了解です " + open).doesNotContain(elsewhere);
		assertThat(genba.get("/board/tree?projectIds=" + first + "&projectIds=" + second).body()).contains(open)
			.contains(elsewhere);

		BrowserlessClient shunin = login("shunin");
		String shuninsTree = shunin.get("/board/tree?projectIds=" + first).body();
		assertThat(shuninsTree).contains(open).contains("了解です " + open).doesNotContain(hidden);
		assertThat(shunin.get("/board/tree").body()).as("all projects").contains(open).contains(elsewhere)
			.doesNotContain(hidden);

		BrowserlessClient gyomu = login("gyomu");
		assertThat(gyomu.get("/board/tree?projectIds=" + first).body()).as("not a member")
			.doesNotContain(open).contains("表示できる記事はありません");
		assertThat(gyomu.get("/board/tree?projectIds=abc").statusCode()).isLessThan(500);
	}

	@Test
	void onePostGoesToSeveralProjectsAndIsEditedAndDeletedEverywhere() throws Exception {
		BoardApi api = new BoardApi(port);
		long first = api.project("一括投稿1");
		long second = api.project("一括投稿2");
		String title = "全工事へのお知らせ " + tag();
		BrowserlessClient kantoku = login("kantoku");
		String form = kantoku.get("/board/posts/new").body();
		assertThat(form).contains("value=\"" + first + "\"").contains("value=\"" + second + "\"");

		HttpResponse<String> none = kantoku.submit("/board/posts/new", "/board/posts",
				"title=" + enc(title) + "&body=" + enc("本文は残る"));
		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(none.body()).contains("投稿先の工事・業務を1つ以上選んでください").contains(title).contains("本文は残る");

		HttpResponse<String> posted = kantoku.submit("/board/posts/new", "/board/posts", "projectIds=" + first
				+ "&projectIds=" + second + "&title=" + enc(title) + "&body=" + enc("来週から夏季休業です"));
		assertThat(posted.statusCode()).isEqualTo(302);
		String tree = kantoku.get(location(posted)).body();
		assertThat(tree).contains("2件の工事・業務に記事を投稿しました");
		assertThat(section(tree, "project-" + first)).contains(title);
		assertThat(section(tree, "project-" + second)).contains(title);

		List<Long> ids = idsOf(api, second, title);
		String path = "/board/posts/" + ids.get(0);
		String page = kantoku.get(path).body();
		assertThat(page).contains(path + "/edit").contains("name=\"everywhere\"");
		String changed = "変更後 " + title;
		HttpResponse<String> edited = kantoku.submit(path + "/edit", path + "/edit",
				"title=" + enc(changed) + "&body=" + enc("日程が変わりました") + "&everywhere=true");
		assertThat(edited.statusCode()).isEqualTo(302);
		assertThat(kantoku.get("/projects/" + first + "/board").body()).contains(changed);
		assertThat(kantoku.get("/projects/" + second + "/board").body()).contains(changed);

		assertThat(kantoku.submit(path, path + "/delete", "everywhere=true").statusCode()).isEqualTo(302);
		assertThat(kantoku.get("/projects/" + first + "/board").body()).doesNotContain(changed);
		assertThat(kantoku.get("/projects/" + second + "/board").body()).doesNotContain(changed);
	}

	@Test
	void onlyTheAuthorEditsAPostFromItsPageAndMistakesAreShownWithWhatWasTyped() throws Exception {
		BoardApi api = new BoardApi(port);
		long projectId = api.project("記事の変更");
		String title = "変更前 " + tag();
		long id = api.post(projectId, "kantoku", title, List.of("genba"));
		String path = "/board/posts/" + id;

		BrowserlessClient genba = login("genba");
		assertThat(genba.get(path).body()).contains(title).doesNotContain(path + "/edit");
		assertThat(genba.get(path + "/edit").statusCode()).isEqualTo(403);
		assertThat(login("shunin").get(path + "/edit").statusCode()).isEqualTo(404);

		BrowserlessClient kantoku = login("kantoku");
		String form = kantoku.get(path + "/edit").body();
		assertThat(form).contains(title).doesNotContain("name=\"everywhere\"");
		HttpResponse<String> blank = kantoku.submit(path + "/edit", path + "/edit",
				"title=&body=" + enc("残しておく本文"));
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.body()).contains("件名を入力してください").contains("残しておく本文");
		HttpResponse<String> saved = kantoku.submit(path + "/edit", path + "/edit",
				"title=" + enc("変更後 " + title) + "&body=" + enc("新しい本文"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(kantoku.get(path).body()).contains("変更後 " + title).contains("新しい本文").contains("記事を変更しました");
		assertThat(genba.get(path).body()).contains("新しい本文");
	}

	@Test
	void aGroupShowsItsMembersProjectsButNotWhatTheViewerMayNotSee() throws Exception {
		BoardApi api = new BoardApi(port);
		long projectId = api.project("グループ");
		String open = "グループから見える " + tag();
		String hidden = "グループからも見えない " + tag();
		api.post(projectId, "kantoku", open, List.of());
		api.post(projectId, "kantoku", hidden, List.of("genba"));
		String name = "現場の人たち " + tag();

		BrowserlessClient shunin = login("shunin");
		assertThat(shunin.get("/board/groups").body()).contains("value=\"genba\"");
		HttpResponse<String> unnamed = shunin.submit("/board/groups", "/board/groups", "name=&members=genba");
		assertThat(unnamed.statusCode()).isEqualTo(200);
		assertThat(unnamed.body()).contains("グループ名を100文字以内で入力してください")
			.containsPattern("value=\"genba\"\\s+checked");
		HttpResponse<String> nobody = shunin.submit("/board/groups", "/board/groups", "name=" + enc(name));
		assertThat(nobody.body()).contains("1人以上選んでください").contains(name);

		HttpResponse<String> created = shunin.submit("/board/groups", "/board/groups",
				"name=" + enc(name) + "&members=genba");
		assertThat(created.statusCode()).isEqualTo(302);
		String groupPath = location(created);
		String view = shunin.get(groupPath).body();
		assertThat(view).contains(name).contains(open).doesNotContain(hidden);
		assertThat(shunin.get("/board/groups").body()).contains(name).contains(groupPath);

		assertThat(login("genba").get(groupPath).statusCode()).as("someone else's group").isEqualTo(404);
	}

	@Test
	void theBoardAndHomePagesLeadToTheViewsOverSeveralProjects() throws Exception {
		long projectId = new BoardApi(port).project("リンク");
		BrowserlessClient kantoku = login("kantoku");
		for (String page : List.of("/", "/projects/" + projectId + "/board")) {
			assertThat(kantoku.get(page).body()).contains("href=\"/board/tree\"").contains("href=\"/board/posts/new\"")
				.contains("href=\"/board/groups\"");
		}
	}

	private List<Long> idsOf(BoardApi api, long projectId, String title) throws Exception {
		List<Long> ids = new java.util.ArrayList<>();
		api.read(api.get("/api/v1/projects/" + projectId + "/posts?q=" + enc(title), "kantoku"))
			.forEach(node -> ids.add(node.get("id").asLong()));
		assertThat(ids).hasSize(1);
		return ids;
	}

	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isPositive();
		int end = html.indexOf("</section>", start);
		return html.substring(start, end);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private BrowserlessClient login(String user) {
		BrowserlessClient client = new BrowserlessClient(port);
		assertThat(client.login(user, BoardApi.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
