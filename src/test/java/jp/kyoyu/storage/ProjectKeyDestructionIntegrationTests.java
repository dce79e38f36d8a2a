package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.google.crypto.tink.StreamingAead;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * Issue #16 "irrecoverable, including backups": a copy of a project's objects and of its wrapped key taken before
 * the erasure (what a backup of the file store and of the database holds) can no longer be decrypted once the
 * erasure destroyed the key: the key row is gone, and no other project's key opens the objects. With the copied
 * key row the same copy does decrypt, so the test can fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectKeyDestructionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectFiles files;

	@Autowired
	ProjectKeys keys;

	@TempDir
	Path backup;

	@Test
	void afterErasureABackupOfTheProjectsFilesCannotBeDecrypted() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		String name = "鍵破棄テスト " + UUID.randomUUID().toString().substring(0, 8);
		String content = "図面の中身 " + UUID.randomUUID();
		long project = new ProjectFixtures(api).worksNamedExactly(name).fiscalYear(2025).period("2025-06-01", "2026-03-31")
			.member("kantoku", "SUPERVISOR").member("genba", "SITE_AGENT").create();
		long other = new ProjectFixtures(api).works("鍵を持ち続ける").member("kantoku", "SUPERVISOR").create();
		long post = created(api, api.send("POST", "/api/v1/projects/" + project + "/posts", "kantoku", Map.of("title",
				"記事", "body", "本文", "visibleTo", Map.of("users", List.of(), "groups", List.of()))));
		assertThat(api.upload("/api/v1/posts/" + post + "/attachments", "kantoku", "図面.pdf", content).statusCode())
			.isBetween(200, 299);
		long otherPost = created(api, api.send("POST", "/api/v1/projects/" + other + "/posts", "kantoku", Map.of("title",
				"記事", "body", "本文", "visibleTo", Map.of("users", List.of(), "groups", List.of()))));
		assertThat(api.upload("/api/v1/posts/" + otherPost + "/attachments", "kantoku", "他.pdf", "他の工事").statusCode())
			.isBetween(200, 299);

		// the "backup": the project's object directory and its key row, as they are before the erasure
		Path directory = files.projectDirectory(project);
		List<Path> copies = copyTree(directory, backup);
		assertThat(copies).as("the attachment's object").hasSize(1);
		String wrappedBefore = jdbc.queryForObject("select wrapped_keyset from storage_key where project_id = ?",
				String.class, project);
		assertThat(read(keys.unwrap(project, wrappedBefore), project, copies.get(0)))
			.as("before: the copy with the copied key row decrypts").isEqualTo(content);

		HttpResponse<String> run = api.send("POST", "/api/v1/projects/" + project + "/erasure/run", "admin",
				Map.of("confirmName", name, "reason", "契約終了"));
		assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> "ERASED".equals(jdbc.queryForObject(
				"select status from erasure_job where project_id = ?", String.class, project)));

		assertThat(jdbc.queryForObject("select count(*) from storage_key where project_id = ?", Integer.class, project))
			.as("the key row is gone: no later copy of the database holds it").isZero();
		assertThat(jdbc.queryForObject("select count(*) from storage_file where project_id = ?", Integer.class, project))
			.isZero();
		assertThat(directory).as("the project's objects are gone from the store").doesNotExist();
		List<Map<String, Object>> otherKeys = jdbc.queryForList("select project_id, wrapped_keyset from storage_key");
		assertThat(otherKeys).as("other projects keep their keys").isNotEmpty()
			.anyMatch(row -> ((Number) row.get("PROJECT_ID")).longValue() == other);
		for (Map<String, Object> row : otherKeys) {
			long keyProject = ((Number) row.get("PROJECT_ID")).longValue();
			StreamingAead otherKey = keys.unwrap(keyProject, (String) row.get("WRAPPED_KEYSET"));
			for (long associated : new long[] { project, keyProject }) {
				assertThatThrownBy(() -> read(otherKey, associated, copies.get(0)))
					.as("project " + keyProject + "'s key").isInstanceOf(IOException.class);
			}
		}
		assertThat(read(keys.unwrap(project, wrappedBefore), project, copies.get(0)))
			.as("only the key row from before the erasure (a backup of the database) would open it").isEqualTo(content);

		String keyDestroyedAt = jdbc.queryForObject("select cast(key_destroyed_at as varchar) from erasure_job "
				+ "where project_id = ?", String.class, project);
		assertThat(keyDestroyedAt).as("recorded in the job").isNotNull();
		LocalDate backupsExpire = jdbc.queryForObject("select backups_expire_on from erasure_job where project_id = ?",
				LocalDate.class, project);
		LocalDate erasedOn = jdbc.queryForObject("select erased_at from erasure_job where project_id = ?",
				java.time.OffsetDateTime.class, project).atZoneSameInstant(ZoneId.of("Asia/Tokyo")).toLocalDate();
		assertThat(backupsExpire).as("erasure + kyoyu.erasure.backup-retention (P35D)").isEqualTo(erasedOn.plusDays(35));
		HttpResponse<byte[]> pdf = api.bytes("/api/v1/erasures/" + project + "/certificate", "genba");
		assertThat(pdf.statusCode()).isEqualTo(200);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			text = new PDFTextStripper().getText(document);
		}
		// PDFBox breaks the lines where the page does
		assertThat(text.replaceAll("\\s", "")).contains("暗号鍵を破棄しました")
			.contains("最後のバックアップの保存期限" + DateTimeFormatter.ofPattern("yyyy年M月d日").format(backupsExpire));
	}

	private static String read(StreamingAead key, long project, Path object) throws Exception {
		try (InputStream in = key.newDecryptingStream(Files.newInputStream(object), ProjectKeys.associatedData(project))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static List<Path> copyTree(Path from, Path to) throws IOException {
		List<Path> copies = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				Path copy = to.resolve(from.relativize(path).toString());
				Files.createDirectories(copy.getParent());
				copies.add(Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES));
			}
		}
		return copies;
	}

	private static long created(JsonApi api, HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return api.read(response).get("id").asLong();
	}
}
