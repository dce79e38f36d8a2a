package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;
import jp.kyoyu.support.TestImages;

/**
 * Disclosure requests (X13): an administrator gets everything Kyoyu holds about a user as a ZIP, with what was
 * withheld listed in the readme; nobody else gets it, and every export is in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	SealImages seals;

	JsonApi api;

	String marker;

	@BeforeEach
	void genbaWritesAPostAndAReply() throws Exception {
		api = new JsonApi(port) {
		};
		marker = "開示マーカー" + UUID.randomUUID();
		long project = new ProjectFixtures(api).works("開示テスト工事").member("genba", "SITE_AGENT").create();
		HttpResponse<String> post = api.send("POST", "/api/v1/projects/" + project + "/posts", "genba",
				Map.of("title", marker + " 記事", "body", "本文 " + marker,
						"visibleTo", Map.of("users", List.of(), "groups", List.of())));
		assertThat(post.statusCode()).as(post.body()).isEqualTo(201);
		long postId = api.json.readTree(post.body()).get("id").asLong();
		HttpResponse<String> reply = api.send("POST", "/api/v1/posts/" + postId + "/replies", "genba",
				Map.of("body", "返信 " + marker));
		assertThat(reply.statusCode()).as(reply.body()).isBetween(200, 201);
	}

	@Test
	void theZipHoldsWhatTheUserWroteTheirAccountAndMembershipsAndAJapaneseReadme() throws Exception {
		int auditedBefore = audited("genba");
		HttpResponse<byte[]> zip = api.bytes("/api/v1/admin/users/genba/disclosure", "admin");

		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow()).contains("disclosure-genba-");
		Map<String, String> entries = unzip(zip.body());
		assertThat(entries).containsKeys("account.csv", "memberships.csv", "posts.csv", "replies.csv", "proposals.csv",
				"approvals.csv", "events.csv", "audit.csv", "index.json", "readme.txt");
		assertThat(entries.get("posts.csv")).contains(marker + " 記事").contains("本文 " + marker);
		assertThat(entries.get("replies.csv")).contains("返信 " + marker);
		assertThat(entries.get("account.csv")).contains("genba@demo.kyoyu.example");
		assertThat(entries.get("account.csv")).as("the date style the user chose (issue #22)")
			.containsPattern("dateStyle\"?,\"?SEIREKI");
		assertThat(entries.get("memberships.csv")).contains("開示テスト工事").contains("SITE_AGENT");
		assertThat(entries.get("readme.txt")).contains("保有個人データの開示").contains("posts.csv")
			.contains("開示しない項目とその理由").contains("なし");
		assertThat(audited("genba")).isEqualTo(auditedBefore + 1);
	}

	/**
	 * The parts beyond the board (issue #17's list): what the user wrote in a pre-consultation, the documents they
	 * filed, the files they attached anywhere (names, not bytes) and when they read whose post.
	 */
	@Test
	void consultationsDocumentsFileNamesAndReadMarksAreDisclosed() throws Exception {
		String mark = "開示" + UUID.randomUUID().toString().substring(0, 8);
		long project = new ProjectFixtures(api).works("開示範囲工事").member("genba", "SITE_AGENT").create();
		long matter = created(api.send("POST", "/api/v1/projects/" + project + "/consultations", "genba",
				Map.of("title", "打合せ " + mark, "body", "案件本文 " + mark, "notify", "BOARD")));
		created(api.send("POST", "/api/v1/consultations/" + matter + "/comments", "genba",
				Map.of("body", "コメント " + mark)));
		assertThat(api.upload("/api/v1/consultations/" + matter + "/files", "genba", "打合せ資料" + mark + ".txt",
				"資料").statusCode()).isEqualTo(201);
		long folder = api.read(api.get("/api/v1/projects/" + project + "/folders", "genba")).get(0).get("id").asLong();
		HttpResponse<String> document = api.multipart("/api/v1/folders/" + folder + "/documents", "genba",
				Map.of("title", "書類 " + mark, "category", "その他", "date", "2026-06-10"),
				Map.of("書類ファイル" + mark + ".txt", ("中身 " + mark).getBytes(StandardCharsets.UTF_8)));
		assertThat(document.statusCode()).as(document.body()).isBetween(200, 201);
		long own = created(api.send("POST", "/api/v1/projects/" + project + "/posts", "genba", Map.of("title",
				"添付つき " + mark, "body", "本文", "visibleTo", Map.of("users", List.of(), "groups", List.of()))));
		assertThat(api.upload("/api/v1/posts/" + own + "/attachments", "genba", "掲示添付" + mark + ".txt", "添付")
			.statusCode()).isBetween(200, 201);
		long others = created(api.send("POST", "/api/v1/projects/" + project + "/posts", "sokatsu", Map.of("title",
				"総括の記事 " + mark, "body", "本文", "visibleTo", Map.of("users", List.of(), "groups", List.of()))));
		assertThat(api.get("/api/v1/posts/" + others, "genba").statusCode()).isEqualTo(200);

		Map<String, String> entries = unzip(api.bytes("/api/v1/admin/users/genba/disclosure", "admin").body());

		assertThat(entries.get("consultations.csv")).contains("打合せ " + mark, "案件本文 " + mark, "コメント " + mark);
		assertThat(entries.get("consultation-files.csv")).contains("打合せ資料" + mark + ".txt");
		assertThat(entries.get("documents.csv")).contains("書類 " + mark, "書類ファイル" + mark + ".txt");
		assertThat(entries.get("board-files.csv")).contains("掲示添付" + mark + ".txt");
		assertThat(entries.get("read-marks.csv")).contains("総括の記事 " + mark);
		assertThat(entries).containsKey("proposal-files.csv");
		assertThat(entries.get("readme.txt")).contains("consultations.csv", "事前打合せで登録した案件",
				"documents.csv", "read-marks.csv");
		Map<String, String> sokatsus = unzip(api.bytes("/api/v1/admin/users/sokatsu/disclosure", "admin").body());
		assertThat(sokatsus.get("consultations.csv")).as("another user's part holds none of it").doesNotContain(mark);
		assertThat(sokatsus.get("documents.csv")).doesNotContain(mark);
		assertThat(sokatsus.get("board-files.csv")).doesNotContain(mark);
	}

	private long created(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return api.json.readTree(response.body()).get("id").asLong();
	}

	@Test
	void aWithheldKindIsLeftOutAndTheReadmeSaysWhy() throws Exception {
		String reason = "第三者の権利利益を害するおそれ";
		HttpResponse<byte[]> zip = api.bytes("/api/v1/admin/users/genba/disclosure?withhold="
				+ URLEncoder.encode("posts:" + reason, StandardCharsets.UTF_8), "admin");

		assertThat(zip.statusCode()).isEqualTo(200);
		Map<String, String> entries = unzip(zip.body());
		assertThat(entries).doesNotContainKey("posts.csv").containsKey("replies.csv");
		// The post's text is nowhere; its title may still stand in audit.csv (the entry of its creation): withholding
		// one kind leaves out that kind's file, other kinds are withheld by naming them too.
		assertThat(String.join("\n", entries.values())).doesNotContain("本文 " + marker);
		assertThat(entries.get("readme.txt")).contains("posts").contains(reason);
		assertThat(entries.get("index.json")).contains(reason);
		assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'user.disclosed' and target = "
				+ "'genba' order by id desc limit 1", String.class)).contains("posts").contains(reason);
	}

	@Test
	void aWithholdingWithoutAReasonOrOfAnUnknownKindIsRefusedInJapanese() throws Exception {
		HttpResponse<String> noReason = api.get("/api/v1/admin/users/genba/disclosure?withhold=posts", "admin");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("理由がありません");

		HttpResponse<String> unknown = api.get("/api/v1/admin/users/genba/disclosure?withhold="
				+ URLEncoder.encode("passwords:秘密", StandardCharsets.UTF_8), "admin");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("passwords").contains("指定できるのは");
	}

	@Test
	void onlyAnAdministratorGetsItAndAnUnknownUserIs404() throws Exception {
		int auditedBefore = audited("genba");
		for (String notAdmin : List.of("sokatsu", "genba")) {
			assertThat(api.bytes("/api/v1/admin/users/genba/disclosure", notAdmin).statusCode()).isEqualTo(403);
		}
		assertThat(audited("genba")).isEqualTo(auditedBefore);

		HttpResponse<String> unknown = api.get("/api/v1/admin/users/no-such-user-x/disclosure", "admin");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("見つかりません");
	}

	/**
	 * The seal image is personal data (issue #22): the uploaded one is in the ZIP as stored, seal.csv says what it is
	 * and what prints without one, the readme and index.json list the image, and withholding "seal" leaves both out.
	 */
	@Test
	void theUploadedSealImageIsInTheZipWithANoteAndWithoutOneTheNoteSaysWhatIsPrinted() throws Exception {
		String userId = "kaiji" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new UserDetailsInput(userId, "開示 印子", userId + "@seal.kyoyu.example", "Kyoyu#Demo2026",
				Side.AGENCY, null, "監督員", null), false);

		Map<String, byte[]> none = unzipBytes(api.bytes("/api/v1/admin/users/" + userId + "/disclosure", "admin").body());
		assertThat(none).containsKey("seal.csv").doesNotContainKey("seal/seal.png");
		assertThat(utf8(none, "seal.csv")).contains("uploaded,false", "印影の画像は登録されていません", "氏名から作った丸印");

		seals.upload(userId, TestImages.bluePng());
		Map<String, byte[]> with = unzipBytes(api.bytes("/api/v1/admin/users/" + userId + "/disclosure", "admin").body());
		assertThat(with.get("seal/seal.png")).as("the image as stored").isEqualTo(seals.uploaded(userId).orElseThrow());
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(with.get("seal/seal.png")));
		assertThat(new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2))).isEqualTo(Color.BLUE);
		assertThat(utf8(with, "seal.csv")).contains("uploaded,true", "updatedAt", "file,seal/seal.png",
				"元のファイルは保存していません", "押印欄");
		assertThat(utf8(with, "readme.txt")).contains("seal.csv: 電子印影", "seal/seal.png: seal.csv で説明しているファイル");
		assertThat(utf8(with, "index.json")).contains("\"seal/seal.png\"");

		Map<String, byte[]> withheld = unzipBytes(api.bytes("/api/v1/admin/users/" + userId + "/disclosure?withhold="
				+ URLEncoder.encode("seal:本人確認の書類で別に開示するため", StandardCharsets.UTF_8), "admin").body());
		assertThat(withheld).doesNotContainKeys("seal.csv", "seal/seal.png").containsKey("account.csv");
		assertThat(utf8(withheld, "readme.txt")).contains("本人確認の書類で別に開示するため");
	}

	private static String utf8(Map<String, byte[]> entries, String name) {
		assertThat(entries).containsKey(name);
		return new String(entries.get(name), StandardCharsets.UTF_8);
	}

	private static Map<String, byte[]> unzipBytes(byte[] bytes) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	private int audited(String userId) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = 'user.disclosed' and target = ?",
				Integer.class, userId);
	}

	private static Map<String, String> unzip(byte[] bytes) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}
}
