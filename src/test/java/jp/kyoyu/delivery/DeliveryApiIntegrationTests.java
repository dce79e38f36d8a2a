package jp.kyoyu.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.audit.AuditLog;
import jp.kyoyu.audit.AuditQuery;
import jp.kyoyu.audit.AuditRecord;

/**
 * The exports API end to end: documents registered over HTTP come back in the ZIP with their folders, names
 * and bytes; the deliverable is refused with the checker's list and produced with a recorded reason; the
 * inspection package is browsable online by members; outsiders get 404; bad bodies get 400 in Japanese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	/** The bound settings: the test data directory carries a random part resolved once per binding. */
	@Autowired
	DeliverySettings settings;

	@Test
	void zipOfTheWholeProjectKeepsFoldersNamesAndBytes() throws Exception {
		DeliveryApi api = new DeliveryApi(port);
		long project = api.project("出力ZIP工事", false);
		long meet = api.folderId(project, "打合せ簿");
		long sub = api.folder(project, "第1回 協議", meet);
		byte[] pdf = new byte[200_000];
		new java.util.Random(3).nextBytes(pdf);
		api.document(sub, "床掘り深さの協議", "協議書（床掘り）.pdf", pdf);
		api.document(meet, "材料承諾", "材料承諾願.pdf", "%PDF 材料".getBytes());

		HttpResponse<String> started = api.startExport(project, "genba", Map.of("kind", "ZIP", "folderIds", List.of()));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		long id = api.json.readTree(started.body()).get("id").asLong();
		JsonNode done = api.await(id, "genba");
		assertThat(done.get("status").asText()).isEqualTo("DONE");
		assertThat(done.get("progress").asInt()).isEqualTo(100);
		assertThat(done.get("problems")).isEmpty();

		HttpResponse<byte[]> file = api.bytes("/api/v1/exports/" + id + "/file", "genba");
		assertThat(file.statusCode()).isEqualTo(200);
		String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
		assertThat(disposition).contains("filename*=UTF-8''");
		// the name carries plain Japan time (…_20261207-0930.zip), never the zone offset 「+0900」
		String name = java.net.URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7)
			.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(name).doesNotContain("+0900").matches("出力ZIP工事.*_書類一式_\\d{8}-\\d{4}\\.zip");
		assertThat(done.get("resultName").asText()).isEqualTo(name);
		Map<String, String> entries = unzip(file.body());
		assertThat(entries).containsEntry("打合せ簿/第1回 協議/協議書（床掘り）.pdf", Trees.sha256(pdf))
			.containsEntry("打合せ簿/材料承諾願.pdf", Trees.sha256("%PDF 材料".getBytes()))
			.containsKeys("施工計画/", "写真/", "その他/");
		Path copy = Files.createTempFile("export", ".zip");
		Files.write(copy, file.body());
		assertThat(RegisteredZipTests.flagsOfEveryLocalHeader(copy)).allMatch(flags -> (flags & 0x0800) != 0);

		assertThat(api.get("/api/v1/exports/" + id, "shunin").statusCode()).isEqualTo(404);
		assertThat(api.bytes("/api/v1/exports/" + id + "/file", "shunin").statusCode()).isEqualTo(404);
		assertThat(api.startExport(project, "shunin", Map.of("kind", "ZIP")).statusCode()).isEqualTo(404);
	}

	@Test
	void chosenFolderWrittenToTheServerDirectory() throws Exception {
		DeliveryApi api = new DeliveryApi(port);
		long project = api.project("出力先サーバー工事", false);
		long photo = api.folderId(project, "写真");
		api.document(photo, "着手前", "着手前 全景.jpg", "jpeg".getBytes());
		api.document(api.folderId(project, "打合せ簿"), "含めない", "含めない.pdf", "x".getBytes());

		long id = api.json.readTree(api.startExport(project, "genba",
				Map.of("kind", "ZIP", "folderIds", List.of(photo), "destination", "SERVER_DIRECTORY")).body()).get("id").asLong();
		JsonNode done = api.await(id, "genba");
		assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
		assertThat(done.get("file").isNull()).isTrue();
		Path written = settings.mediaDirectory().toRealPath().resolve(done.get("resultName").asText());
		assertThat(Files.readString(written.resolve("写真/着手前 全景.jpg"))).isEqualTo("jpeg");
		assertThat(written.resolve("打合せ簿")).doesNotExist();
	}

	@Test
	void deliverableIsRefusedWithTheCheckersListThenProducedWithARecordedReason() throws Exception {
		DeliveryApi api = new DeliveryApi(port);
		long project = api.project("成果品チェック工事", false);
		api.document(api.folderId(project, "打合せ簿"), "床掘り①の協議", "協議書.pdf", "%PDF".getBytes());

		long refused = api.json.readTree(api.startExport(project, "genba", Map.of("kind", "DELIVERABLE")).body()).get("id").asLong();
		JsonNode failed = api.await(refused, "genba");
		assertThat(failed.get("status").asText()).isEqualTo("FAILED");
		assertThat(failed.get("file").isNull()).isTrue();
		assertThat(failed.get("problems").toString()).contains("工事基本情報の「発注者コード」が入力されていません。",
				"書類「床掘り①の協議」（打合せ簿）の件名の4文字目の「①」は電子納品で使えない文字");
		assertThat(api.bytes("/api/v1/exports/" + refused + "/file", "genba").statusCode()).isEqualTo(404);

		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "DELIVERABLE");
		body.put("overrideReason", "検査前の確認用に出力する");
		long produced = api.json.readTree(api.startExport(project, "genba", body).body()).get("id").asLong();
		JsonNode done = api.await(produced, "genba");
		assertThat(done.get("status").asText()).isEqualTo("DONE");
		assertThat(done.get("problems").toString()).contains("発注者コード");
		Map<String, byte[]> entries = unzipBytes(api.bytes("/api/v1/exports/" + produced + "/file", "genba").body());
		assertThat(entries).containsKeys("INDEX_C.XML", "INDE_C05.DTD", "MEET/MEET.XML", "MEET/ORG/M0001001.PDF", "REGISTER/");
		assertThat(new String(entries.get("MEET/MEET.XML"), Charset.forName("Shift_JIS"))).contains("床掘り〓の協議");

		List<AuditRecord> records = audit.search(new AuditQuery("genba", "export.check-overridden", "project:" + project,
				null, null, null), 0, 10).getContent();
		assertThat(records).singleElement().satisfies(record -> assertThat(record.detail()).contains("検査前の確認用に出力する"));
	}

	@Test
	void inspectionPackageIsBrowsableOnlineByMembersOnly() throws Exception {
		DeliveryApi api = new DeliveryApi(port);
		long project = api.project("電子検査工事", false);
		api.document(api.folderId(project, "段階確認"), "床掘り段階確認", "段階確認書.pdf", "%PDF 段階".getBytes());
		api.document(api.folderId(project, "段階確認"), "スクリプト", "page.html", "<script>alert(1)</script>".getBytes());

		long id = api.json.readTree(api.startExport(project, "genba", Map.of("kind", "INSPECTION")).body()).get("id").asLong();
		JsonNode done = api.await(id, "genba");
		assertThat(done.get("status").asText()).isEqualTo("DONE");
		String site = done.get("site").asText();
		HttpResponse<String> index = api.get(site, "genba");
		assertThat(index.statusCode()).isEqualTo(200);
		assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(index.body()).contains("assets/data.js", "assets/app.js");
		String data = api.get(site.replace("index.html", "assets/data.js"), "genba").body();
		assertThat(data).contains("\\u5E8A\\u6398\\u308A"); // 床掘り, escaped to ASCII
		HttpResponse<byte[]> pdf = api.bytes(site.replace("index.html", "files/%E6%AE%B5%E9%9A%8E%E7%A2%BA%E8%AA%8D/"
				+ "%E6%AE%B5%E9%9A%8E%E7%A2%BA%E8%AA%8D%E6%9B%B8.pdf"), "genba");
		assertThat(new String(pdf.body())).isEqualTo("%PDF 段階");
		HttpResponse<byte[]> html = api.bytes(site.replace("index.html", "files/%E6%AE%B5%E9%9A%8E%E7%A2%BA%E8%AA%8D/page.html"), "genba");
		assertThat(html.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(html.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/octet-stream");

		assertThat(api.get(site, "shunin").statusCode()).isEqualTo(404);
		assertThat(unzip(api.bytes("/api/v1/exports/" + id + "/file", "genba").body())).containsKeys("index.html",
				"assets/data.js", "assets/app.js", "files/段階確認/段階確認書.pdf");
	}

	@Test
	void badRequestsAreAnsweredFieldByFieldInJapanese() throws Exception {
		DeliveryApi api = new DeliveryApi(port);
		long project = api.project("出力入力工事", false);
		HttpResponse<String> kind = api.startExport(project, "genba", Map.of("kind", "PDF", "folderIds", List.of("a")));
		assertThat(kind.statusCode()).isEqualTo(400);
		assertThat(kind.body()).contains("\"field\":\"kind\"", "ZIP・DELIVERABLE・INSPECTION", "\"field\":\"folderIds\"");
		assertThat(api.startExport(project, "genba", "[1,2]").statusCode()).isEqualTo(400);
		HttpResponse<String> missing = api.startExport(project, "genba", Map.of("kind", "ZIP", "folderIds", List.of(999999999)));
		long id = api.json.readTree(missing.body()).get("id").asLong();
		JsonNode failed = api.await(id, "genba");
		assertThat(failed.get("status").asText()).isEqualTo("FAILED");
		assertThat(failed.get("problems").toString()).contains("選んだフォルダ（999999999）がこの工事・業務にありません");
		assertThat(api.get("/api/v1/exports/987654321", "genba").statusCode()).isEqualTo(404);
	}

	static Map<String, String> unzip(byte[] zip) throws Exception {
		Map<String, String> hashes = new LinkedHashMap<>();
		unzipBytes(zip).forEach((name, bytes) -> hashes.put(name, name.endsWith("/") ? "" : Trees.sha256(bytes)));
		return hashes;
	}

	static Map<String, byte[]> unzipBytes(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}
}
