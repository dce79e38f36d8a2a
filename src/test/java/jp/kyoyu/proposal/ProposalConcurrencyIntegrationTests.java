package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * No lost update on proposal drafts (issue #15): the ETag / If-Match rules of the JSON API, the hidden version
 * of the form page, and the race the issue found (two simultaneous PUTs changing different parts) repeated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalConcurrencyIntegrationTests {

	static final String STALE = "この記録は他の人が先に変更しました。最新の内容を読み込み直してから、もう一度変更してください。";

	@LocalServerPort
	int port;

	JsonApi api;

	ExecutorService pool = Executors.newFixedThreadPool(2);

	@BeforeEach
	void client() {
		api = new JsonApi(port) {
		};
	}

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void aStaleIfMatchIsRefusedWith412AndChangesNothing() throws Exception {
		long id = newDraft();
		String path = "/api/v1/proposals/" + id;
		HttpResponse<String> read = api.get(path, "genba");
		assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");
		assertThat(api.read(read).get("version").asLong()).isZero();

		HttpResponse<String> first = put(path, "\"0\"", "{\"title\":\"一回目\"}");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.headers().firstValue("ETag")).as("the new version").hasValue("\"1\"");

		HttpResponse<String> stale = put(path, "\"0\"", "{\"title\":\"古い版からの変更\"}");
		assertStale(stale, 412);
		HttpResponse<String> staleDelete = send("DELETE", path, "\"0\"", null);
		assertStale(staleDelete, 412);
		HttpResponse<String> garbage = put(path, "version-one", "{\"title\":\"読めない版\"}");
		assertStale(garbage, 412);
		HttpResponse<String> after = api.get(path, "genba");
		assertThat(api.read(after).get("title").asText()).isEqualTo("一回目");
		assertThat(after.headers().firstValue("ETag")).hasValue("\"1\"");

		// A proxy that compresses answers weakens the tag; the same version still matches.
		HttpResponse<String> weak = put(path, "W/\"1\"", "{\"title\":\"二回目\"}");
		assertThat(weak.statusCode()).as(weak.body()).isEqualTo(200);
		assertThat(weak.headers().firstValue("ETag")).hasValue("\"2\"");
		assertThat(send("DELETE", path, "\"2\"", null).statusCode()).isEqualTo(204);
		assertThat(api.get(path, "genba").statusCode()).isEqualTo(404);
	}

	/**
	 * The race: one PUT changes only the title, the other only the form data, at the same moment, 20
	 * times. Without If-Match the promise is: never two 200s with one change gone. Either the two ran one after
	 * the other (both 200, both changes kept) or they overlapped and the later commit was refused with 409 and
	 * left no trace.
	 */
	@Test
	void simultaneousEditsWithoutIfMatchNeverLoseOneSilently() throws Exception {
		long id = newDraft();
		String path = "/api/v1/proposals/" + id;
		int refused = 0;
		for (int round = 0; round < 20; round++) {
			String title = "件名" + round;
			String content = "内容" + round;
			List<HttpResponse<String>> answers = together(
					() -> put(path, null, "{\"title\":\"" + title + "\"}"),
					() -> put(path, null, "{\"fields\":{\"content\":\"" + content + "\"}}"));
			JsonNode stored = api.read(api.get(path, "genba"));
			boolean titleKept = stored.get("title").asText().equals(title);
			boolean contentKept = content.equals(stored.get("fields").path("content").asText());
			int titleStatus = answers.get(0).statusCode();
			int contentStatus = answers.get(1).statusCode();
			String outcome = "round " + round + ": " + titleStatus + "/" + contentStatus + " " + stored;
			if (titleStatus == 200 && contentStatus == 200) {
				assertThat(titleKept && contentKept).as(outcome).isTrue();
			}
			else {
				refused++;
				assertThat(List.of(titleStatus, contentStatus)).as(outcome).containsExactlyInAnyOrder(200, 409);
				assertThat(titleKept).as(outcome).isEqualTo(titleStatus == 200);
				assertThat(contentKept).as(outcome).isEqualTo(contentStatus == 200);
				assertStale(titleStatus == 409 ? answers.get(0) : answers.get(1), 409);
			}
		}
		System.out.println("Proposal race without If-Match: " + refused + " of 20 rounds overlapped (one 409)");
	}

	/** With If-Match from the same read, exactly one of two simultaneous edits wins, every round. */
	@Test
	void simultaneousEditsFromTheSameReadAreExactlyOneWinnerAndOne412() throws Exception {
		long id = newDraft();
		String path = "/api/v1/proposals/" + id;
		for (int round = 0; round < 20; round++) {
			String etag = api.get(path, "genba").headers().firstValue("ETag").orElseThrow();
			String title = "件名" + round;
			String content = "内容" + round;
			List<HttpResponse<String>> answers = together(
					() -> put(path, etag, "{\"title\":\"" + title + "\"}"),
					() -> put(path, etag, "{\"fields\":{\"content\":\"" + content + "\"}}"));
			JsonNode stored = api.read(api.get(path, "genba"));
			int titleStatus = answers.get(0).statusCode();
			int contentStatus = answers.get(1).statusCode();
			String outcome = "round " + round + ": " + titleStatus + "/" + contentStatus + " " + stored;
			assertThat(List.of(titleStatus, contentStatus)).as(outcome).containsExactlyInAnyOrder(200, 412);
			assertThat(stored.get("title").asText().equals(title)).as(outcome).isEqualTo(titleStatus == 200);
			assertThat(content.equals(stored.get("fields").path("content").asText())).as(outcome)
				.isEqualTo(contentStatus == 200);
		}
	}

	/** The form page carries the version; a save from a page opened before someone else's save keeps the input. */
	@Test
	void aStaleFormShowsTheMessageAndKeepsEverythingTyped() throws Exception {
		long id = newDraft();
		String path = "/proposals/" + id;
		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", JsonApi.PASSWORD);
		String page = genba.get(path).body();
		assertThat(page).contains("name=\"version\" value=\"0\"");
		assertThat(put("/api/v1/proposals/" + id, null, "{\"title\":\"別の画面で変更\"}").statusCode()).isEqualTo(200);

		String typed = "{\"content\":\"画面で入力した内容\"}";
		HttpResponse<String> stale = genba.submit(path, path, "title=" + encode("画面で入力した件名") + "&version=0"
				+ "&fields=" + encode(typed));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains(STALE, "画面で入力した件名", "画面で入力した内容", "name=\"version\" value=\"0\"");
		assertThat(api.read(api.get("/api/v1/proposals/" + id, "genba")).get("title").asText()).isEqualTo("別の画面で変更");

		HttpResponse<String> fresh = genba.submit(path, path, "title=" + encode("最新版から変更") + "&version=1"
				+ "&fields=" + encode(typed));
		assertThat(fresh.statusCode()).isEqualTo(302);
		assertThat(api.read(api.get("/api/v1/proposals/" + id, "genba")).get("title").asText()).isEqualTo("最新版から変更");

		HttpResponse<String> staleDelete = genba.submit(path, path + "/delete", "version=1");
		assertThat(staleDelete.statusCode()).isEqualTo(409);
		assertThat(staleDelete.body()).contains(STALE);
		assertThat(api.get("/api/v1/proposals/" + id, "genba").statusCode()).isEqualTo(200);
	}

	private void assertStale(HttpResponse<String> answer, int status) throws Exception {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		JsonNode error = api.json.readTree(answer.body()).get("errors").get(0);
		assertThat(error.get("message").asText()).isEqualTo(STALE);
		assertThat(error.get("field").isNull()).isTrue();
	}

	private List<HttpResponse<String>> together(Call first, Call second) throws Exception {
		CountDownLatch gate = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> calls = new ArrayList<>();
		for (Call call : List.of(first, second)) {
			calls.add(pool.submit(() -> {
				gate.await();
				return call.send();
			}));
		}
		gate.countDown();
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (Future<HttpResponse<String>> call : calls) {
			answers.add(call.get());
		}
		return answers;
	}

	interface Call {

		HttpResponse<String> send() throws Exception;
	}

	private HttpResponse<String> put(String path, String ifMatch, String body) throws Exception {
		return send("PUT", path, ifMatch, body);
	}

	private HttpResponse<String> send(String method, String path, String ifMatch, String body) throws Exception {
		HttpRequest.Builder request = BrowserlessClient.basic(api.url(path), "genba", JsonApi.PASSWORD)
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return api.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private long newDraft() throws Exception {
		long projectId = new ProjectFixtures(api).works("同時編集テスト工事")
			.contractorName("株式会社同時建設")
			.member("genba", "SITE_AGENT")
			.create();
		return api.read(api.send("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "同時編集"))).get("id").asLong();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
