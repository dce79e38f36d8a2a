package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.util.unit.DataSize;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * The upload paths moved onto the one-pass path by issue #21 (docs/modules/storage.md *One pass*): the document
 * register (API and form page, several files), the form pages of proposal attachments and board replies, and the
 * new-post and new-matter forms (several files that arrive before their post or matter exists). Large files arrive
 * with the right bytes and hash while the container's multipart directory stays empty; a refused upload stores
 * nothing (a file stored before a refused one goes again) and a refused form keeps what the user typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StreamedFormsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ObjectFiles files;

	@Autowired
	MultipartProperties multipart;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FileStore fileStore;

	@Test
	void theDocumentRegisterStreamsSeveralLargeFilesOnceEach() throws Exception {
		long project = project("一度で登録する工事");
		long folder = folderId(project, "打合せ簿");
		byte[] plan = random(24 << 20, 1);
		byte[] section = random(8 << 20, 2);
		Body body = new Body().field("category", "図面").field("date", today()).field("title", "配置図と断面図")
			.file("file", "配置図.pdf", plan)
			.file("file", "断面図.pdf", section);
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			byte[] all = body.bytes();
			int half = body.offsetOf(0) + plan.length / 2;
			out.write(request("/api/v1/folders/" + folder + "/documents", all.length));
			out.write(all, 0, half);
			out.flush();
			UploadProbes.awaitOneTempFile(files);
			assertThat(UploadProbes.filesIn(Path.of(multipart.getLocation()))).as("the container's multipart directory").isEmpty();
			out.write(all, half, all.length - half);
			out.flush();
			String response = UploadProbes.response(socket.getInputStream());
			assertThat(response).startsWith("HTTP/1.1 201");
			JsonNode created = api().json
				.readTree(response.substring(response.indexOf('{'), response.lastIndexOf('}') + 1));
			assertThat(created.get("title").asText()).isEqualTo("配置図と断面図");
			JsonNode stored = created.get("files");
			assertThat(stored).hasSize(2);
			assertThat(stored.get(0).get("name").asText()).isEqualTo("配置図.pdf");
			assertThat(stored.get(0).get("size").asLong()).isEqualTo(plan.length);
			assertThat(stored.get(0).get("sha256").asText()).isEqualTo(sha256(plan));
			assertThat(stored.get(1).get("name").asText()).isEqualTo("断面図.pdf");
			assertThat(stored.get(1).get("sha256").asText()).isEqualTo(sha256(section));
			assertThat(download("/api/v1/documents/" + created.get("id").asLong() + "/files/"
					+ stored.get(1).get("id").asLong())).isEqualTo(section);
		}
		assertThat(files.tempFiles()).isEmpty();
		assertThat(UploadProbes.filesIn(Path.of(multipart.getLocation()))).isEmpty();
	}

	@Test
	void aRegistrationRefusedByItsFieldsOrAFieldAfterAFileStoresNothing() throws Exception {
		long project = project("登録を断る工事");
		long folder = folderId(project, "打合せ簿");
		Integer rowsBefore = storedRows();
		JsonApi api = api();

		HttpResponse<String> noCategory = api.multipart("/api/v1/folders/" + folder + "/documents", "genba",
				Map.of("date", today()), Map.of("区分なし.pdf", random(3 << 20, 3)));
		assertThat(noCategory.statusCode()).isEqualTo(400);
		assertThat(noCategory.body()).contains("区分を入力してください");

		Body late = new Body().field("category", "図面").field("date", today()).file("file", "前.pdf", random(1 << 20, 4))
			.field("title", "後から送った件名");
		HttpResponse<String> fieldAfterFile = api.http.send(BrowserlessClient
			.basic(api.url("/api/v1/folders/" + folder + "/documents"), "genba", JsonApi.PASSWORD)
			.header("Content-Type", Body.TYPE)
			.POST(HttpRequest.BodyPublishers.ofByteArray(late.bytes()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(fieldAfterFile.statusCode()).isEqualTo(400);
		assertThat(fieldAfterFile.body()).contains("title").contains("ファイルより前に送ってください");

		assertThat(storedRows()).isEqualTo(rowsBefore);
		assertThat(api.read(api.get("/api/v1/projects/" + project + "/documents", "genba"))).isEmpty();
		assertThat(files.tempFiles()).isEmpty();
	}

	@Test
	void theRegisterFormStoresALargeFileAndARefusedOneKeepsWhatWasTyped() throws Exception {
		long project = project("登録画面の工事");
		long folder = folderId(project, "打合せ簿");
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login("genba", JsonApi.PASSWORD);
		String form = "/projects/" + project + "/documents/new";
		byte[] photo = random(16 << 20, 5);
		Integer rowsBefore = storedRows();

		// no date: the form comes back with the title and category typed, the 16 MB file read and dropped
		HttpResponse<String> refused = browser.send(post(browser, form, "/projects/" + project + "/documents",
				new Body().field("folderId", String.valueOf(folder)).field("title", "床掘り状況の写真")
					.field("category", "写真帳").field("date", "")
					.file("file", "床掘り.jpg", photo)));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("日付を入力してください").contains("value=\"床掘り状況の写真\"")
			.contains("value=\"写真帳\"");
		assertThat(storedRows()).isEqualTo(rowsBefore);

		HttpResponse<String> registered = browser.send(post(browser, form, "/projects/" + project + "/documents",
				new Body().field("folderId", String.valueOf(folder)).field("title", "床掘り状況の写真")
					.field("category", "写真帳").field("date", today())
					.file("file", "", new byte[0]) // an empty second file input
					.file("file", "床掘り.jpg", photo)));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
		long id = Long.parseLong(registered.headers().firstValue("Location").orElseThrow().replaceAll(".*/documents/", ""));
		JsonNode document = api().read(api().get("/api/v1/documents/" + id, "genba"));
		assertThat(document.get("files")).hasSize(1);
		assertThat(document.get("files").get(0).get("sha256").asText()).isEqualTo(sha256(photo));
		assertThat(UploadProbes.filesIn(Path.of(multipart.getLocation()))).isEmpty();
		assertThat(files.tempFiles()).isEmpty();
	}

	@Test
	void theProposalAttachmentFormStreamsItsFile() throws Exception {
		long project = project("添付画面の工事");
		JsonApi api = api();
		long proposal = api.read(api.send("POST", "/api/v1/projects/" + project + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "添付を画面から"))).get("id").asLong();
		BrowserlessClient browser = loggedIn();
		byte[] drawing = random(20 << 20, 6);
		Body body = withToken(browser, "/proposals/" + proposal,
				new Body().field("kind", "DRAWING").file("file", "平面図.pdf", drawing));
		assertThat(sendHalfWay(browser, "/proposals/" + proposal + "/attachments", body, () -> {
		})).startsWith("HTTP/1.1 302");
		JsonNode attachment = api.read(api.get("/api/v1/proposals/" + proposal + "/attachments", "genba")).get(0);
		assertThat(attachment.get("kind").asText()).isEqualTo("DRAWING");
		assertThat(attachment.get("sha256").asText()).isEqualTo(sha256(drawing));
		assertThat(UploadProbes.filesIn(Path.of(multipart.getLocation()))).isEmpty();
	}

	@Test
	void aRefusedReplyFileKeepsTheReplyTextAndALargeOneIsStored() throws Exception {
		long project = project("返信画面の工事");
		JsonApi api = api();
		long post = api.read(api.send("POST", "/api/v1/projects/" + project + "/posts", "genba",
				Map.of("title", "返信に添付", "body", "図面を返信で送ってください"))).get("id").asLong();
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login("genba", JsonApi.PASSWORD);
		String page = "/board/posts/" + post;
		Integer rowsBefore = storedRows();

		// a bidi override in the name: refused before the reply is saved; the 12 MB behind it is read and dropped
		HttpResponse<String> refused = browser.send(post(browser, page, page + "/replies",
				new Body().field("body", "断面図を添付します").file("file", "断面\u202Egpj.exe", random(12 << 20, 7))));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(browser.get(page).body()).contains("断面図を添付します").contains("に使えない文字");
		assertThat(storedRows()).isEqualTo(rowsBefore);

		byte[] section = random(12 << 20, 8);
		HttpResponse<String> replied = browser.send(post(browser, page, page + "/replies",
				new Body().field("body", "断面図です").file("file", "断面図.pdf", section)));
		assertThat(replied.statusCode()).isEqualTo(302);
		assertThat(browser.get(page).body()).contains("断面図です").contains("断面図.pdf");
		assertThat(jdbc.queryForObject("select sha256 from storage_file where id = (select max(id) from storage_file)",
				String.class)).isEqualTo(sha256(section));
		assertThat(UploadProbes.filesIn(Path.of(multipart.getLocation()))).isEmpty();
	}

	@Test
	void aNewPostIsMadeOnlyOnceItsTwoFilesHaveStreamedIn() throws Exception {
		long project = project("投稿画面の工事");
		BrowserlessClient browser = loggedIn();
		byte[] plan = random(16 << 20, 11);
		byte[] section = random(3 << 20, 12);
		Body body = withToken(browser, "/projects/" + project + "/board/new", new Body().field("title", "配置図と断面図")
			.field("body", "最新版を添付します")
			.field("audience", "all")
			.file("files", "配置図.pdf", plan)
			.file("files", "断面図.pdf", section));

		String response = sendHalfWay(browser, "/projects/" + project + "/board", body,
				() -> assertThat(rows("board_post", project)).as("no post before its files are stored").isZero());

		assertThat(response).startsWith("HTTP/1.1 302");
		long post = createdId(response, "/board/posts/");
		assertThat(attached("board_attachment", "post_id", post)).containsExactly(sha256(plan), sha256(section));
		assertThat(browser.get("/board/posts/" + post).body()).contains("配置図と断面図").contains("配置図.pdf")
			.contains("断面図.pdf");
		assertThat(files.tempFiles()).isEmpty();
	}

	@Test
	void aNewMatterIsRegisteredOnlyOnceItsTwoFilesHaveStreamedIn() throws Exception {
		long project = serviceProject("協議画面の業務");
		BrowserlessClient browser = loggedIn("gyomu");
		byte[] survey = random(16 << 20, 21);
		byte[] table = random(3 << 20, 22);
		Body body = withToken(browser, "/projects/" + project + "/consultations/new", new Body()
			.field("title", "測量範囲の協議")
			.field("body", "範囲図と座標表を送ります")
			.field("channel", "BOARD")
			.file("files", "測量範囲図.pdf", survey)
			.file("files", "座標表.xlsx", table));

		String response = sendHalfWay(browser, "/projects/" + project + "/consultations", body,
				() -> assertThat(rows("consultation_matter", project)).as("no matter before its files are stored")
					.isZero());

		assertThat(response).startsWith("HTTP/1.1 302");
		long matter = createdId(response, "/consultations/");
		assertThat(attached("consultation_file", "matter_id", matter)).containsExactly(sha256(survey), sha256(table));
		assertThat(browser.get("/consultations/" + matter).body()).contains("測量範囲の協議").contains("測量範囲図.pdf")
			.contains("座標表.xlsx");
		assertThat(files.tempFiles()).isEmpty();
	}

	@Test
	void aRefusedPostOrMatterKeepsWhatWasTypedAndLeavesNoFile() throws Exception {
		long project = project("投稿を断る工事");
		BrowserlessClient browser = loggedIn();
		String form = "/projects/" + project + "/board/new";
		Integer rowsBefore = storedRows();

		// no title: refused before a byte of either file is stored; what was typed comes back
		HttpResponse<String> noTitle = browser.send(post(browser, form, "/projects/" + project + "/board",
				new Body().field("title", "").field("body", "床掘りの写真を二枚送ります").field("audience", "all")
					.file("files", "床掘り1.jpg", random(5 << 20, 13))
					.file("files", "床掘り2.jpg", random(5 << 20, 14))));
		assertThat(noTitle.statusCode()).isEqualTo(200);
		assertThat(noTitle.body()).contains("件名を入力してください。").contains("床掘りの写真を二枚送ります");

		// the second file's name holds a bidi override: the first one, stored by then, goes again
		HttpResponse<String> badName = browser.send(post(browser, form, "/projects/" + project + "/board",
				new Body().field("title", "床掘り状況").field("body", "床掘りの写真を二枚送ります")
					.field("audience", "chosen").field("users", "genba")
					.file("files", "床掘り1.jpg", random(5 << 20, 15))
					.file("files", "床掘り\u202Egpj.exe", random(5 << 20, 16))));
		assertThat(badName.statusCode()).isEqualTo(200);
		assertThat(badName.body()).contains("に使えない文字").contains("value=\"床掘り状況\"").contains("床掘りの写真を二枚送ります")
			.containsPattern("value=\"genba\"[^>]*checked");
		assertThat(rows("board_post", project)).isZero();

		long services = serviceProject("協議を断る業務");
		BrowserlessClient gyomu = loggedIn("gyomu");
		HttpResponse<String> badMatter = gyomu.send(post(gyomu, "/projects/" + services + "/consultations/new",
				"/projects/" + services + "/consultations",
				new Body().field("title", "測量範囲の協議").field("body", "範囲図を送ります").field("channel", "BOARD")
					.file("files", "範囲図.pdf", random(5 << 20, 17))
					.file("files", "座標\u202Exslx.exe", random(5 << 20, 18))));
		assertThat(badMatter.statusCode()).isEqualTo(200);
		assertThat(badMatter.body()).contains("に使えない文字").contains("value=\"測量範囲の協議\"").contains("範囲図を送ります")
			.containsPattern("value=\"BOARD\"[^>]*checked");
		assertThat(rows("consultation_matter", services)).isZero();

		assertThat(storedRows()).as("no file stays stored, claimed or not").isEqualTo(rowsBefore);
		assertThat(files.tempFiles()).isEmpty();
		assertThat(UploadProbes.filesIn(Path.of(multipart.getLocation()))).isEmpty();
	}

	@Test
	void aFileOverTheLimitLeavesNeitherThePostNorTheMatterNorAnyFile() throws Exception {
		long project = project("大きすぎる投稿の工事");
		long services = serviceProject("大きすぎる協議の業務");
		BrowserlessClient genba = loggedIn();
		BrowserlessClient gyomu = loggedIn("gyomu");
		FileStore store = AopTestUtils.getTargetObject(fileStore);
		DataSize limit = store.maxFileSize();
		Integer rowsBefore = storedRows();
		store.maxFileSize(DataSize.ofMegabytes(4));
		try {
			HttpResponse<String> post = genba.send(post(genba, "/projects/" + project + "/board/new",
					"/projects/" + project + "/board",
					new Body().field("title", "写真").field("body", "二枚です").field("audience", "all")
						.file("files", "小さい.jpg", random(1 << 20, 31))
						.file("files", "大きい.jpg", random(6 << 20, 32))));
			assertThat(post.statusCode()).isEqualTo(413);
			assertThat(post.body()).contains("ファイルが大きすぎます。1ファイル4MBまでです。");

			HttpResponse<String> matter = gyomu.send(post(gyomu, "/projects/" + services + "/consultations/new",
					"/projects/" + services + "/consultations",
					new Body().field("title", "範囲図").field("body", "二枚です").field("channel", "BOARD")
						.file("files", "小さい.pdf", random(1 << 20, 33))
						.file("files", "大きい.pdf", random(6 << 20, 34))));
			assertThat(matter.statusCode()).isEqualTo(413);
			assertThat(matter.body()).contains("ファイルが大きすぎます。1ファイル4MBまでです。");
		}
		finally {
			store.maxFileSize(limit);
		}
		assertThat(rows("board_post", project)).isZero();
		assertThat(rows("consultation_matter", services)).isZero();
		assertThat(storedRows()).as("the small file stored first goes again").isEqualTo(rowsBefore);
		assertThat(files.tempFiles()).isEmpty();
	}

	/**
	 * Sends {@code body} on a socket with the browser's session, stops half-way through its first file to look at
	 * the disk (the store's temp file has bytes, the container's multipart directory is empty) and runs
	 * {@code meanwhile}, then sends the rest; answers the raw response.
	 */
	private String sendHalfWay(BrowserlessClient browser, String path, Body body, Runnable meanwhile) throws Exception {
		byte[] all = body.bytes();
		int half = body.offsetOf(0) + body.sizeOf(0) / 2;
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: JSESSIONID=" + browser.sessionId()
					+ "\r\nAccept: text/html\r\nContent-Type: " + Body.TYPE + "\r\nContent-Length: " + all.length
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.write(all, 0, half);
			out.flush();
			UploadProbes.awaitOneTempFile(files);
			assertThat(UploadProbes.filesIn(Path.of(multipart.getLocation()))).as("the container's multipart directory")
				.isEmpty();
			meanwhile.run();
			out.write(all, half, all.length - half);
			out.flush();
			return UploadProbes.response(socket.getInputStream());
		}
		finally {
			assertThat(UploadProbes.filesIn(Path.of(multipart.getLocation()))).isEmpty();
		}
	}

	/** The id at the end of the redirect's Location after {@code prefix}. */
	private static long createdId(String response, String prefix) {
		java.util.regex.Matcher location = java.util.regex.Pattern
			.compile("(?im)^location:.*" + java.util.regex.Pattern.quote(prefix) + "(\\d+)")
			.matcher(response);
		assertThat(location.find()).as(response).isTrue();
		return Long.parseLong(location.group(1));
	}

	/** The hashes of the files linked to an owner, in the order linked; every one claimed. */
	private List<String> attached(String table, String ownerColumn, long owner) {
		return jdbc.queryForList("select f.sha256 from " + table + " a join storage_file f on f.id = a.file_id where a."
				+ ownerColumn + " = ? and f.state = 'CLAIMED' order by a.id", String.class, owner);
	}

	private Integer rows(String table, long project) {
		return jdbc.queryForObject("select count(*) from " + table + " where project_id = ?", Integer.class, project);
	}

	private BrowserlessClient loggedIn() {
		return loggedIn("genba");
	}

	private BrowserlessClient loggedIn(String user) {
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login(user, JsonApi.PASSWORD);
		return browser;
	}

	/** A services project with gyomu (contractor) and tanto (agency), who hold a matter between them. */
	private long serviceProject(String prefix) throws Exception {
		return new ProjectFixtures(port).service(prefix)
			.member("tanto", "SERVICE_SUPERVISOR")
			.member("gyomu", "MANAGING_ENGINEER")
			.create();
	}

	/** The form's fields after the session's CSRF token, the form's first field as a browser sends it. */
	private static Body withToken(BrowserlessClient browser, String formPage, Body fields) {
		return new Body().field("_csrf", BrowserlessClient.csrfToken(browser.get(formPage).body())).then(fields);
	}

	/** A form post with the session's CSRF token as the form's first field, as a browser sends it. */
	private static HttpRequest post(BrowserlessClient browser, String formPage, String path, Body fields) {
		byte[] body = withToken(browser, formPage, fields).bytes();
		return HttpRequest.newBuilder(URI.create(browser.url(path)))
			.header("Content-Type", Body.TYPE)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	private JsonApi api() {
		return new JsonApi(port) {
		};
	}

	private long project(String prefix) throws Exception {
		return new ProjectFixtures(port).works(prefix).member("genba", "SITE_AGENT").create();
	}

	private long folderId(long project, String name) throws Exception {
		JsonApi api = api();
		for (JsonNode node : api.read(api.get("/api/v1/projects/" + project + "/folders", "genba"))) {
			if (node.get("name").asText().equals(name)) {
				return node.get("id").asLong();
			}
		}
		throw new AssertionError("no folder " + name);
	}

	private byte[] download(String path) throws Exception {
		return api().bytes(path, "genba").body();
	}

	private Integer storedRows() {
		return jdbc.queryForObject("select count(*) from storage_file", Integer.class);
	}

	private static String today() {
		return LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
	}



	private static byte[] random(int size, long seed) {
		byte[] content = new byte[size];
		new Random(seed).nextBytes(content);
		return content;
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static byte[] request(String path, long length) {
		String basic = Base64.getEncoder().encodeToString(("genba:" + JsonApi.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic
				+ "\r\nAccept: application/json\r\nContent-Type: " + Body.TYPE + "\r\nContent-Length: " + length
				+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/** Status line, headers and body of a response with Content-Length (or up to the connection's end). */

	/** A multipart body with its parts in the order given, as a browser sends a form's fields in page order. */
	private static final class Body {

		static final String BOUNDARY = "kyoyu-streamed-forms";

		static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

		private final List<byte[]> parts = new ArrayList<>();

		/** Where each file's content starts, in the order added. */
		private final List<Integer> contentOffsets = new ArrayList<>();

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Body field(String name, String value) {
			out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
					+ "\r\n").getBytes(StandardCharsets.UTF_8));
			return this;
		}

		Body file(String field, String name, byte[] content) {
			out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
					+ name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			contentOffsets.add(out.size());
			out.writeBytes(content);
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			parts.add(content);
			return this;
		}

		/** This body's parts followed by the other's (the other not yet closed). */
		Body then(Body other) {
			int base = out.size();
			other.contentOffsets.forEach(offset -> contentOffsets.add(base + offset));
			parts.addAll(other.parts);
			out.writeBytes(other.out.toByteArray());
			return this;
		}

		int offsetOf(int file) {
			return contentOffsets.get(file);
		}

		int sizeOf(int file) {
			return parts.get(file).length;
		}

		byte[] bytes() {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			all.writeBytes(out.toByteArray());
			all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return all.toByteArray();
		}
	}
}
