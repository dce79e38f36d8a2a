package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.Jpegs;
import jp.kyoyu.support.JsonApi;

/** Photo metadata (写真区分 … for PHOTO.XML): EXIF date on upload, read and set over the API, bad values refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentPhotoIntegrationTests {

	@LocalServerPort
	int port;

	DocumentApi api;

	@BeforeEach
	void client() {
		api = new DocumentApi(port);
	}

	@Test
	void aPhotoTakesItsDateFromExifAndItsMetadataFromTheApi() throws Exception {
		long project = api.project("WORKS", "写真情報");
		long photos = api.folderId(project, "写真");
		JsonNode withExif = api.read(api.register(photos, "genba", Map.of("title", "床掘り状況", "category", "写真",
				"date", "2026-06-01"), Map.of("床掘り.jpg", Jpegs.takenAt(LocalDateTime.of(2026, 5, 20, 10, 0), ByteOrder.BIG_ENDIAN))));
		assertThat(withExif.get("photo").get("takenOn").asText()).as("EXIF DateTimeOriginal").isEqualTo("2026-05-20");
		assertThat(withExif.get("photo").get("photoClass").isNull()).isTrue();

		JsonNode plain = api.read(api.register(photos, "genba", Map.of("title", "全景", "category", "写真",
				"date", "2026-06-02"), Map.of("全景.jpg", Jpegs.plain())));
		assertThat(plain.get("photo").get("takenOn").isNull()).as("no EXIF: left for the user").isTrue();

		Map<String, Object> body = new LinkedHashMap<>();
		body.put("photoClass", "施工状況写真");
		body.put("workType", "土工");
		body.put("workKind", "掘削工");
		body.put("workDetail", "床掘り");
		body.put("title", "床掘り 完了");
		body.put("representative", true);
		body.put("frequencyRequired", true);
		body.put("takenOn", "2026/05/21");
		long id = withExif.get("id").asLong();
		api.read(api.send("PUT", "/api/v1/documents/" + id + "/photo", "genba", body));
		JsonNode photo = api.read(api.get("/api/v1/documents/" + id, "kantoku")).get("photo");
		assertThat(photo.get("photoClass").asText()).isEqualTo("施工状況写真");
		assertThat(photo.get("workType").asText() + "/" + photo.get("workKind").asText() + "/"
				+ photo.get("workDetail").asText()).isEqualTo("土工/掘削工/床掘り");
		assertThat(photo.get("title").asText()).isEqualTo("床掘り 完了");
		assertThat(photo.get("representative").asBoolean()).isTrue();
		assertThat(photo.get("frequencyRequired").asBoolean()).isTrue();
		assertThat(photo.get("takenOn").asText()).isEqualTo("2026-05-21");

		// a JPEG filed elsewhere is still a photo; a PDF in another folder is not
		JsonNode elsewhere = api.read(api.register(api.folderId(project, "その他"), "genba",
				Map.of("title", "現場写真", "category", "その他", "date", "2026-06-03"), Map.of("現場.jpeg", Jpegs.plain())));
		assertThat(elsewhere.get("photo").isObject()).isTrue();
		JsonNode pdf = api.document(api.folderId(project, "施工計画"), "genba", "計画書", "施工計画書", "2026-06-03",
				"計画書.pdf", "%PDF-1.4 plan");
		assertThat(pdf.has("photo")).as("no photo object for a PDF").isFalse();
		HttpResponse<String> notAPhoto = api.send("PUT", "/api/v1/documents/" + pdf.get("id").asLong() + "/photo",
				"genba", Map.of("photoClass", "施工状況写真"));
		assertThat(notAPhoto.statusCode()).isEqualTo(400);
		assertThat(notAPhoto.body()).contains("写真ではありません");
	}

	@Test
	void badValuesAreRefusedInJapaneseNamingTheFieldAndNothingChanges() throws Exception {
		long project = api.project("WORKS", "写真情報の誤り");
		JsonNode document = api.read(api.register(api.folderId(project, "写真"), "genba",
				Map.of("title", "出来形", "category", "写真", "date", "2026-06-01"), Map.of("出来形.jpg", Jpegs.plain())));
		long id = document.get("id").asLong();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("photoClass", "記念写真");
		body.put("title", "あ".repeat(128));
		body.put("takenOn", "2026-02-30");
		HttpResponse<String> refused = api.send("PUT", "/api/v1/documents/" + id + "/photo", "genba", body);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("photoClass").contains("写真区分は次のいずれか").contains("施工状況写真")
			.contains("写真タイトルは127文字以内").contains("撮影年月日は");
		assertThat(api.read(api.get("/api/v1/documents/" + id, "genba")).get("photo").get("photoClass").isNull()).isTrue();

		HttpResponse<String> outsider = api.send("PUT", "/api/v1/documents/" + id + "/photo", "gyomu",
				Map.of("photoClass", "施工状況写真"));
		assertThat(outsider.statusCode()).isEqualTo(404);
		assertThat(new String(outsider.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isNotBlank();
	}

	@Test
	void theBulkEditListSavesEveryRowAtOnceAndABadRowKeepsWhatWasTyped() throws Exception {
		long project = api.project("WORKS", "写真の一括編集");
		long photos = api.folderId(project, "写真");
		long first = api.read(api.register(photos, "genba", Map.of("title", "着手前", "category", "写真", "date",
				"2026-06-01"), Map.of("着手前.jpg", Jpegs.plain()))).get("id").asLong();
		long second = api.read(api.register(photos, "genba", Map.of("title", "完成", "category", "写真", "date",
				"2026-06-02"), Map.of("完成.jpg", Jpegs.plain()))).get("id").asLong();
		BrowserlessClient browser = new BrowserlessClient(port);
		browser.login("genba", JsonApi.PASSWORD);
		String page = browser.get("/folders/" + photos + "/photos").body();
		assertThat(page).contains("写真情報の一括編集").contains("着手前").contains("完成")
			.contains("name=\"rows[" + first + "].photoClass\"").contains("出来形管理写真");

		String bad = row(first, "着手前及び完成写真", "土工", "着手前 全景", "2026-05-30", true)
				+ "&" + row(second, "着手前及び完成写真", "構造物工", "完成 全景", "2026-13-01", false);
		HttpResponse<String> refused = browser.submit("/folders/" + photos + "/photos", "/folders/" + photos + "/photos", bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("入力に誤りのある行があります").contains("撮影年月日は")
			.as("what was typed stays").contains("value=\"構造物工\"").contains("value=\"2026-13-01\"")
			.contains("value=\"着手前 全景\"");
		assertThat(api.read(api.get("/api/v1/documents/" + first, "genba")).get("photo").get("photoClass").isNull())
			.as("nothing saved while one row is bad").isTrue();

		String good = bad.replace("2026-13-01", "2026-06-02");
		HttpResponse<String> saved = browser.submit("/folders/" + photos + "/photos", "/folders/" + photos + "/photos", good);
		assertThat(saved.statusCode()).isEqualTo(302);
		JsonNode firstPhoto = api.read(api.get("/api/v1/documents/" + first, "genba")).get("photo");
		assertThat(firstPhoto.get("photoClass").asText()).isEqualTo("着手前及び完成写真");
		assertThat(firstPhoto.get("representative").asBoolean()).isTrue();
		assertThat(firstPhoto.get("takenOn").asText()).isEqualTo("2026-05-30");
		JsonNode secondPhoto = api.read(api.get("/api/v1/documents/" + second, "genba")).get("photo");
		assertThat(secondPhoto.get("workType").asText()).isEqualTo("構造物工");
		assertThat(secondPhoto.get("representative").asBoolean()).isFalse();
	}

	private static String row(long id, String photoClass, String workType, String title, String takenOn,
			boolean representative) {
		String prefix = "rows%5B" + id + "%5D.";
		return prefix + "photoClass=" + enc(photoClass) + "&" + prefix + "workType=" + enc(workType) + "&" + prefix
				+ "workKind=&" + prefix + "workDetail=&" + prefix + "title=" + enc(title) + "&" + prefix + "takenOn="
				+ enc(takenOn) + (representative ? "&" + prefix + "representative=true" : "");
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
