package jp.kyoyu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyoyu.audit.AuditIntegrity;
import jp.kyoyu.audit.AuditIntegrity.IntegrityReport;
import jp.kyoyu.storage.FileStore;
import jp.kyoyu.support.JapanDate;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * The restore drill of docs/backup-restore.md, run by {@code ./mvnw verify} (failsafe, like
 * {@link PostgresIntegrationTests}, whose way of starting Kyoyu on PostgreSQL it shares): PostgreSQL with WAL
 * archiving, Kyoyu on it, writes over HTTP, a base backup with the scripts in docs/scripts, more writes, a
 * {@code kill -9} of the postmaster, a restore with the scripts into a new data directory and file store, and
 * Kyoyu started on the restore. Every write answered before the last WAL segment known to be archived must be
 * there; the writes after it measure the recovery point. The figures printed at the end go to docs/operations.md.
 * <p>
 * The scripts need pg_basebackup and psql on the PATH (Debian package postgresql-client); zonky's bundle has
 * only the server.
 */
class BackupRestoreDrillIntegrationTests {

	static final Path SCRIPTS = Path.of("docs/scripts").toAbsolutePath();

	/** Short, so the drill sees segments archived by time as well; production uses a minute (docs/backup-restore.md). */
	static final int ARCHIVE_TIMEOUT_SECONDS = 5;

	@TempDir
	Path work;

	/**
	 * The storage master key, outside the database, the file store and the backup (as in production, where it
	 * is kept apart from both): the first start creates it, the start on the restore must be given the same one.
	 */
	Path masterKey() {
		return work.resolve("secrets/master-key.json");
	}

	@Test
	void aRestoreFromBaseBackupAndArchivedWalHasEveryAcknowledgedWriteItsFilesHistoryAndAuditChain() throws Exception {
		requireTools("pg_basebackup", "psql");
		Path pgdata = work.resolve("pg");
		Path backup = work.resolve("backup");
		Path live = work.resolve("live");
		Path restoredPgdata = work.resolve("restored-pg");
		Path restored = work.resolve("restored");
		List<Write> guaranteed = new ArrayList<>();
		List<Write> afterLastSwitch = new ArrayList<>();
		List<Long> approved = new ArrayList<>();
		Instant killedAt;
		String lastArchived;

		EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(pgdata).setCleanDataDirectory(false)
			.setServerConfig("archive_mode", "on").start();
		try {
			JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
			// Through ALTER SYSTEM: zonky passes its settings on a command line that cannot carry spaces.
			superuser.execute("alter system set archive_command = '" + SCRIPTS.resolve("backup-archive-wal.sh") + " "
					+ backup.resolve("wal") + " %p %f'");
			superuser.execute("alter system set archive_timeout = " + ARCHIVE_TIMEOUT_SECONDS);
			superuser.execute("select pg_reload_conf()");
			superuser.execute("create role kyoyu login password 'kyoyu-test'");
			superuser.execute("create database kyoyu owner kyoyu encoding 'UTF8'");
			String url = server.getJdbcUrl("kyoyu", "kyoyu");
			PostgresIntegrationTests.createCamundaSchema(url);

			// A short wait for a connection: after the kill, closing this instance would otherwise wait 30 s for
			// each of the beans that still try to reach the database on their way down.
			try (ConfigurableApplicationContext kyoyu = start(url, live, masterKey(),
					"--spring.datasource.hikari.connection-timeout=1000")) {
				JsonApi api = new JsonApi(port(kyoyu)) {
				};
				long project = new ProjectFixtures(api).works("バックアップ訓練工事").member("genba", "SITE_AGENT")
					.member("kantoku", "SUPERVISOR").create();
				for (int i = 1; i <= 3; i++) {
					approved.add(approvedProposalWithDrawing(api, project, "訓練前 " + i, guaranteed));
					postWithAttachment(api, project, "訓練前の連絡 " + i, guaranteed);
				}

				Map<String, String> backupEnv = Map.of("KYOYU_BACKUP_DIRECTORY", backup.toString(),
						"KYOYU_STORAGE_DIRECTORY", live.resolve("files").toString(), "KYOYU_BACKUP_GENERATIONS", "2",
						"PGHOST", "localhost", "PGPORT", String.valueOf(server.getPort()), "PGUSER", "postgres");
				Script base = run(backupEnv, "backup-take.sh", "base");
				assertThat(base.exit()).as(base.output()).isZero();
				assertThat(base.output()).contains("complete (starts at WAL");

				for (int i = 1; i <= 2; i++) {
					approved.add(approvedProposalWithDrawing(api, project, "訓練中 " + i, guaranteed));
					postWithAttachment(api, project, "訓練中の連絡 " + i, guaranteed);
				}
				// The frequent copy of new files between base backups (every few minutes in production).
				Script files = run(backupEnv, "backup-take.sh", "files");
				assertThat(files.exit()).as(files.output()).isZero();
				assertThat(files.output()).contains(" copied,");

				// From here on the point every answered write must survive: its segment is in the archive.
				String segment = superuser.queryForObject("select pg_walfile_name(pg_switch_wal())", String.class);
				awaitArchived(superuser, segment);

				// Writes until the crash: some reach the archive (archive_timeout), the last ones are lost.
				Instant until = Instant.now().plusSeconds(2L * ARCHIVE_TIMEOUT_SECONDS + 1);
				for (int i = 1; Instant.now().isBefore(until); i++) {
					post(api, project, "障害直前の連絡 " + i, afterLastSwitch);
					Thread.sleep(100);
				}
				lastArchived = superuser.queryForObject("select last_archived_wal from pg_stat_archiver", String.class);
				killedAt = Instant.now();
				killPostmaster(pgdata);
			}
		}
		finally {
			closeQuietly(server);
		}

		// The restore, timed from the scripts' start to PostgreSQL open for writing with the WAL replayed.
		long restoreStarted = System.nanoTime();
		Script restore = run(Map.of("KYOYU_BACKUP_DIRECTORY", backup.toString()), "backup-restore.sh", "--pgdata",
				restoredPgdata.toString(), "--storage", restored.resolve("files").toString());
		assertThat(restore.exit()).as(restore.output()).isZero();
		try (EmbeddedPostgres restoredServer = EmbeddedPostgres.builder().setDataDirectory(restoredPgdata)
			.setCleanDataDirectory(false).setPGStartupWait(Duration.ofMinutes(2)).start()) {
			JdbcTemplate superuser = new JdbcTemplate(restoredServer.getPostgresDatabase());
			awaitEndOfRecovery(superuser);
			Duration restoreTime = Duration.ofNanos(System.nanoTime() - restoreStarted);

			Map<String, String> restoredDb = Map.of("PGHOST", "localhost", "PGPORT",
					String.valueOf(restoredServer.getPort()), "PGUSER", "postgres", "PGDATABASE", "kyoyu");
			String storage = restored.resolve("files").toString();
			Script verify = run(restoredDb, "backup-verify.sh", "--storage", storage);
			assertThat(verify.exit()).as(verify.output()).isZero();
			assertThat(verify.output()).contains("verify: OK").containsPattern("files: [1-9][0-9]* row");
			verifyRefusesADamagedRestore(restoredDb, storage, new JdbcTemplate(restoredServer.getDatabase("postgres",
					"kyoyu")));

			assertThat(masterKey()).as("the key is made by the first start, outside the backup").exists();
			try (var inBackup = Files.walk(backup)) {
				assertThat(inBackup.filter(path -> path.getFileName().toString().startsWith("master-key")))
					.as("the backup holds no master key").isEmpty();
			}
			try (ConfigurableApplicationContext kyoyu = start(restoredServer.getJdbcUrl("kyoyu", "kyoyu"), restored,
					masterKey())) {
				JsonApi api = new JsonApi(port(kyoyu)) {
				};
				kyoyuRefusesAFlippedByte(api, restoredDb, storage, new JdbcTemplate(kyoyu.getBean(DataSource.class)));
				for (Write write : guaranteed) {
					assertThat(write.presentIn(api)).as("answered before the last archived segment: " + write).isTrue();
				}
				List<Boolean> survived = new ArrayList<>();
				for (Write write : afterLastSwitch) {
					survived.add(write.presentIn(api));
				}
				int kept = survived.indexOf(false) < 0 ? survived.size() : survived.indexOf(false);
				assertThat(survived.subList(kept, survived.size())).as("commits replay in order: no write survives "
						+ "one that was lost").doesNotContain(true);

				everyClaimedFileHasItsBytes(kyoyu);
				HistoryService history = kyoyu.getBean(HistoryService.class);
				for (long proposal : approved) {
					assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("ProposalApprovalProcess")
						.processInstanceBusinessKey(String.valueOf(proposal)).finished().count())
						.as("finished approval process of proposal " + proposal).isEqualTo(1);
				}
				IntegrityReport audit = kyoyu.getBean(AuditIntegrity.class).check();
				assertThat(audit.intact()).as(audit.toString()).isTrue();
				assertThat(audit.sealedEntries()).isPositive();
				// Open for business: the restored database takes new writes.
				post(api, approvedProject(api), "復元後の最初の連絡", new ArrayList<>());

				int lost = survived.size() - kept;
				Instant lastKept = kept == 0 ? guaranteed.get(guaranteed.size() - 1).acknowledged()
						: afterLastSwitch.get(kept - 1).acknowledged();
				double rpoSeconds = Duration.between(lastKept, killedAt).toMillis() / 1000.0;
				System.out.printf("%nRESTORE DRILL %s: archive_timeout %d s; %d writes guaranteed, all restored; "
						+ "of %d writes after the last forced switch %d restored, %d lost; RPO %.1f s of acknowledged "
						+ "writes (last archived segment %s); restore time %.1f s (scripts + WAL replay)%n%n",
						JapanDate.today(), ARCHIVE_TIMEOUT_SECONDS, guaranteed.size(), afterLastSwitch.size(), kept, lost,
						rpoSeconds, lastArchived, restoreTime.toMillis() / 1000.0);
				assertThat(rpoSeconds).as("archive_timeout bounds what is lost, with room for a slow machine")
					.isLessThan(6.0 * ARCHIVE_TIMEOUT_SECONDS);
			}
		}
		restoreUntilTheLastFileCopy(backup);
	}

	/**
	 * The restore for a lost file store as well: the replay stops when the newest file copy started, so every
	 * row has its file, and the writes after it (the posts before the crash) are not there. Kyoyu is started on
	 * it WITHOUT the master key (the step an operator may forget): it makes a new key and starts, and its
	 * storage verification must say plainly that no file decrypts.
	 */
	private void restoreUntilTheLastFileCopy(Path backup) throws Exception {
		Path pgdata = work.resolve("until-files-pg");
		Path storage = work.resolve("until-files/files");
		Script restore = run(Map.of("KYOYU_BACKUP_DIRECTORY", backup.toString()), "backup-restore.sh", "--pgdata",
				pgdata.toString(), "--storage", storage.toString(), "--until-files-copied");
		assertThat(restore.exit()).as(restore.output()).isZero();
		assertThat(restore.output()).contains("replay stops at");
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(pgdata).setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofMinutes(2)).start()) {
			awaitEndOfRecovery(new JdbcTemplate(server.getPostgresDatabase()));
			Script verify = run(Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(server.getPort()), "PGUSER",
					"postgres", "PGDATABASE", "kyoyu"), "backup-verify.sh", "--storage", storage.toString());
			assertThat(verify.exit()).as(verify.output()).isZero();
			JdbcTemplate db = new JdbcTemplate(server.getDatabase("postgres", "kyoyu"));
			String count = "select count(*) from board_post where title like ?";
			assertThat(db.queryForObject(count, Long.class, "訓練中の連絡%")).as("posts before the file copy").isEqualTo(2);
			assertThat(db.queryForObject(count, Long.class, "障害直前の連絡%")).as("posts after it").isZero();

			Path noKey = work.resolve("until-files/forgotten-key.json");
			try (ConfigurableApplicationContext kyoyu = start(server.getJdbcUrl("kyoyu", "kyoyu"), storage.getParent(),
					noKey)) {
				JsonApi api = new JsonApi(port(kyoyu)) {
				};
				JsonNode report = api.read(api.send("POST", "/api/v1/admin/storage/verification", "admin", null));
				int files = report.get("checkedFiles").asInt();
				assertThat(files).isPositive();
				assertThat(report.get("intact").asBoolean()).isFalse();
				assertThat(report.get("summary").asText()).isEqualTo("使用中のファイル " + files + " 件のうち " + files
						+ " 件に問題があります。この復元を利用者に開放しないでください。");
				assertThat(report.get("problems").get(0).asText()).endsWith("を復号して読み出せません（内容が書き換えられているか、マスターキーが違います）。");
			}
		}
	}

	@Test
	void theScriptsRefuseBadSettingsAndNeverOverwriteAnArchivedSegment() throws Exception {
		Files.createDirectories(work.resolve("files/objects"));
		Map<String, String> good = Map.of("KYOYU_BACKUP_DIRECTORY", work.resolve("backup").toString(),
				"KYOYU_STORAGE_DIRECTORY", work.resolve("files").toString(), "KYOYU_BACKUP_SETTINGS", "/dev/null");
		Script noGenerations = run(with(good, "KYOYU_BACKUP_GENERATIONS", "0"), "backup-take.sh", "prune");
		assertThat(noGenerations.exit()).isEqualTo(2);
		assertThat(noGenerations.output())
			.contains("KYOYU_BACKUP_GENERATIONS（kyoyu.backup.generations）は1以上の整数にしてください（現在: 0）");
		Script wordInterval = run(with(good, "KYOYU_BACKUP_INTERVAL", "daily"), "backup-take.sh", "prune");
		assertThat(wordInterval.exit()).isEqualTo(2);
		assertThat(wordInterval.output()).contains("ISO-8601 の期間にしてください（現在: daily）");
		Script relative = run(with(good, "KYOYU_BACKUP_DIRECTORY", "backup"), "backup-take.sh", "prune");
		assertThat(relative.output()).contains("KYOYU_BACKUP_DIRECTORY は絶対パスにしてください");
		assertThat(run(good, "backup-take.sh", "prune").output()).contains("no generation yet");

		Path settings = Files.writeString(work.resolve("backup.env"), "KYOYU_BACKUP_GENERATIONS=3\nrm -rf /\n");
		Script strayLine = run(with(good, "KYOYU_BACKUP_SETTINGS", settings.toString()), "backup-take.sh", "prune");
		assertThat(strayLine.exit()).isEqualTo(2);
		assertThat(strayLine.output()).contains("「rm -rf /」は使えない行です");

		Files.createDirectories(work.resolve("restore-into"));
		Files.writeString(work.resolve("restore-into/PG_VERSION"), "15");
		Script occupied = run(good, "backup-restore.sh", "--pgdata", work.resolve("restore-into").toString(),
				"--storage", work.resolve("new-files").toString());
		assertThat(occupied.exit()).isEqualTo(2);
		assertThat(occupied.output()).contains("は空ではありません");

		Path segment = Files.writeString(work.resolve("000000010000000000000001"), "segment");
		Path archive = work.resolve("wal");
		assertThat(run(Map.of(), "backup-archive-wal.sh", archive.toString(), segment.toString(),
				"000000010000000000000001").exit()).isZero();
		assertThat(run(Map.of(), "backup-archive-wal.sh", archive.toString(), segment.toString(),
				"000000010000000000000001").exit()).as("the same bytes again: a retry").isZero();
		Files.writeString(segment, "another server's segment");
		Script clash = run(Map.of(), "backup-archive-wal.sh", archive.toString(), segment.toString(),
				"000000010000000000000001");
		assertThat(clash.exit()).isEqualTo(1);
		assertThat(Files.readString(archive.resolve("000000010000000000000001"))).isEqualTo("segment");
	}

	/**
	 * The verify step is only worth running if it can say no: one encrypted object cut short, then one seal, each
	 * put back afterwards. (A changed byte keeps the size: only Kyoyu, with the key, sees it; see
	 * {@link #kyoyuRefusesAFlippedByte}.)
	 */
	private void verifyRefusesADamagedRestore(Map<String, String> restoredDb, String storage, JdbcTemplate db)
			throws Exception {
		Map<String, Object> row = db.queryForMap("select id, project_id, sha256 from storage_file "
				+ "where state = 'CLAIMED' and encrypted order by sha256 desc limit 1");
		Path object = encryptedObject(storage, row);
		byte[] original = Files.readAllBytes(object);
		Files.write(object, Arrays.copyOf(original, original.length - 10));
		Script truncated = run(restoredDb, "backup-verify.sh", "--storage", storage);
		Files.write(object, original);
		assertThat(truncated.exit()).as(truncated.output()).isEqualTo(1);
		assertThat(truncated.output()).contains("NG  file " + row.get("id") + ": encrypted object p"
				+ row.get("project_id") + "/" + row.get("sha256") + " has " + (original.length - 10) + " bytes, "
				+ original.length + " expected");

		String seal = db.queryForObject("select seal_hash from audit_entry where seal_no = 3", String.class);
		db.update("update audit_entry set seal_hash = ? where seal_no = 3", "f".repeat(64));
		Script alteredSeal = run(restoredDb, "backup-verify.sh", "--storage", storage);
		db.update("update audit_entry set seal_hash = ? where seal_no = 3", seal);
		assertThat(alteredSeal.exit()).as(alteredSeal.output()).isEqualTo(1);
		assertThat(alteredSeal.output()).contains("NG  audit: 2 seal(s) do not follow from the previous seal");
	}

	/**
	 * Kyoyu's own content check of the restore (POST /api/v1/admin/storage/verification): every file in use
	 * decrypts to its SHA-256; one changed byte in the middle of an encrypted object, which backup-verify.sh cannot
	 * see, is refused by AES-GCM and named.
	 */
	private void kyoyuRefusesAFlippedByte(JsonApi api, Map<String, String> restoredDb, String storage, JdbcTemplate db)
			throws Exception {
		JsonNode intact = api.read(api.send("POST", "/api/v1/admin/storage/verification", "admin", null));
		assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
		assertThat(intact.get("checkedFiles").asInt()).isGreaterThanOrEqualTo(10);

		// An object no other file in use shares: rows with the same content in one project share one object, and
		// flipping it would damage them all.
		Map<String, Object> row = db.queryForMap("select min(id) as id, project_id, sha256 from storage_file "
				+ "where state = 'CLAIMED' and encrypted group by project_id, sha256 having count(*) = 1 "
				+ "order by sha256 limit 1");
		Path object = encryptedObject(storage, row);
		byte[] original = Files.readAllBytes(object);
		byte[] flipped = original.clone();
		flipped[flipped.length / 2] ^= 0x01;
		Files.write(object, flipped);
		Script script = run(restoredDb, "backup-verify.sh", "--storage", storage);
		JsonNode damaged = api.read(api.send("POST", "/api/v1/admin/storage/verification", "admin", null));
		Files.write(object, original);
		assertThat(script.exit()).as("the size is unchanged: the script cannot tell").isZero();
		assertThat(damaged.get("intact").asBoolean()).isFalse();
		assertThat(damaged.get("summary").asText()).contains("1 件に問題があります");
		assertThat(damaged.get("problems").get(0).asText()).isEqualTo("ファイル " + row.get("id") + ": 実体（"
				+ row.get("sha256") + "）を復号して読み出せません（内容が書き換えられているか、マスターキーが違います）。");
	}

	private static Path encryptedObject(String storage, Map<String, Object> row) {
		String sha256 = (String) row.get("sha256");
		return Path.of(storage, "objects", "p" + row.get("project_id"), sha256.substring(0, 2), sha256.substring(2, 4),
				sha256);
	}

	/** A write Kyoyu answered with success, and how to see it again after the restore. */
	record Write(String what, String path, String user, String expectedBody, Instant acknowledged) {

		boolean presentIn(JsonApi api) throws Exception {
			HttpResponse<String> response = api.get(path, user);
			if (response.statusCode() == 404) {
				return false;
			}
			assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(200);
			assertThat(response.body()).as(what).contains(expectedBody);
			return true;
		}
	}

	private static long approvedProposalWithDrawing(JsonApi api, long project, String title, List<Write> writes)
			throws Exception {
		long id = api.read(api.send("POST", "/api/v1/projects/" + project + "/proposals", "genba", Map.of("type",
				"worksMeetingRecord", "title", title, "fields",
				Map.of("matter", "REPORT", "content", title + " の報告です。")))).get("id").asLong();
		String drawing = "平面図 " + title + " " + ProjectFixtures.unique();
		JsonNode file = api.read(api.multipart("/api/v1/proposals/" + id + "/attachments", "genba",
				Map.of("kind", "DRAWING"), Map.of("平面図.pdf", drawing.getBytes(StandardCharsets.UTF_8))));
		writes.add(new Write("drawing of " + title, "/api/v1/proposals/" + id + "/attachments/" + file.get("id").asLong(),
				"genba", drawing, Instant.now()));
		api.read(api.send("POST", "/api/v1/proposals/" + id + "/submit", "genba", Map.of("route",
				List.of(Map.of("userId", "kantoku", "role", "APPROVER")), "requestedAnswerDate",
				JapanDate.today().plusDays(14).toString(), "importance", "NORMAL", "comment", "ご確認ください。")));
		String task = null;
		for (JsonNode each : api.read(api.get("/api/v1/tasks", "kantoku"))) {
			if (each.get("proposalId").asLong() == id && each.get("kind").asText().equals("APPROVE")) {
				task = each.get("id").asText();
			}
		}
		assertThat(task).as("kantoku's approval task for " + title).isNotNull();
		api.read(api.send("POST", "/api/v1/tasks/" + task + "/complete", "kantoku",
				Map.of("action", "APPROVE", "answer", "承諾します。")));
		writes.add(new Write("approval of " + title, "/api/v1/proposals/" + id, "genba", "\"APPROVED\"", Instant.now()));
		return id;
	}

	private static void postWithAttachment(JsonApi api, long project, String title, List<Write> writes)
			throws Exception {
		long id = post(api, project, title, writes);
		String content = "配筋図 " + title + " " + ProjectFixtures.unique();
		long file = api.read(api.upload("/api/v1/posts/" + id + "/attachments", "kantoku", "配筋図.pdf", content))
			.get("id").asLong();
		writes.add(new Write("attachment of " + title, "/api/v1/posts/" + id + "/attachments/" + file, "genba",
				content, Instant.now()));
	}

	private static long post(JsonApi api, long project, String title, List<Write> writes) throws Exception {
		HttpResponse<String> created = api.send("POST", "/api/v1/projects/" + project + "/posts", "kantoku",
				Map.of("title", title, "body", title + " の本文です。", "visibleTo",
						Map.of("users", List.of("genba"), "groups", List.of())));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = api.json.readTree(created.body()).get("id").asLong();
		writes.add(new Write("post " + title, "/api/v1/posts/" + id, "genba", title, Instant.now()));
		return id;
	}

	private static long approvedProject(JsonApi api) throws Exception {
		for (JsonNode project : api.read(api.get("/api/v1/projects", "kantoku"))) {
			if (project.get("name").asText().startsWith("バックアップ訓練工事")) {
				return project.get("id").asLong();
			}
		}
		throw new AssertionError("the drill's project is not in the restore");
	}

	/** Every file in use has its bytes, read back through the file store, with the SHA-256 its row names. */
	private static void everyClaimedFileHasItsBytes(ConfigurableApplicationContext kyoyu) throws Exception {
		FileStore store = kyoyu.getBean(FileStore.class);
		List<Map<String, Object>> rows = new JdbcTemplate(kyoyu.getBean(DataSource.class))
			.queryForList("select id, sha256 from storage_file where state = 'CLAIMED'");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
		for (Map<String, Object> row : rows) {
			long id = ((Number) row.get("id")).longValue();
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			try (InputStream bytes = store.open(id).getInputStream()) {
				sha256.update(bytes.readAllBytes());
			}
			assertThat(HexFormat.of().formatHex(sha256.digest())).as("file " + id).isEqualTo(row.get("sha256"));
		}
	}

	private static void awaitArchived(JdbcTemplate superuser, String segment) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			String last = superuser.queryForObject("select last_archived_wal from pg_stat_archiver", String.class);
			if (last != null && last.compareTo(segment) >= 0) {
				return;
			}
			Thread.sleep(100);
		}
		fail("segment " + segment + " was not archived within a minute");
	}

	private static void awaitEndOfRecovery(JdbcTemplate superuser) throws InterruptedException {
		for (int i = 0; i < 1200; i++) {
			try {
				if (Boolean.FALSE.equals(superuser.queryForObject("select pg_is_in_recovery()", Boolean.class))) {
					return;
				}
			}
			catch (RuntimeException stillReplaying) {
				// "the database system is not accepting connections" until the replay is over
			}
			Thread.sleep(100);
		}
		fail("the restored server did not finish its recovery within two minutes");
	}

	/** The hard stop of the drill: the postmaster gets no chance to write anything more. */
	private static void killPostmaster(Path pgdata) throws Exception {
		String pid = Files.readAllLines(pgdata.resolve("postmaster.pid")).get(0).trim();
		Process kill = new ProcessBuilder("kill", "-9", pid).inheritIO().start();
		assertThat(kill.waitFor()).isZero();
		for (int i = 0; i < 100 && new ProcessBuilder("kill", "-0", pid).start().waitFor() == 0; i++) {
			Thread.sleep(100);
		}
	}

	private static void closeQuietly(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException | RuntimeException alreadyDead) {
			// pg_ctl stop finds no server after the kill
		}
	}

	private static ConfigurableApplicationContext start(String url, Path dataDir, Path masterKey, String... more) {
		// As PostgresIntegrationTests starts it, with the audit trail sealed every two seconds, so the chain the
		// restore must keep intact is not empty.
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres", "--SPRING_DATASOURCE_URL=" + url,
				"--SPRING_DATASOURCE_USERNAME=kyoyu", "--SPRING_DATASOURCE_PASSWORD=kyoyu-test",
				"--kyoyu.demo.enabled=true", "--kyoyu.data-dir=" + dataDir, "--server.port=0",
				"--camunda.bpm.generate-unique-process-engine-name=true", "--kyoyu.audit.seal-cron=*/2 * * * * *",
				"--kyoyu.storage.master-key-file=" + masterKey));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(KyoyuApplication.class).run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	record Script(int exit, String output) {
	}

	private static Map<String, String> with(Map<String, String> env, String name, String value) {
		Map<String, String> changed = new java.util.HashMap<>(env);
		changed.put(name, value);
		return changed;
	}

	private Script run(Map<String, String> env, String script, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", SCRIPTS.resolve(script).toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(work.toFile());
		builder.environment().put("KYOYU_BACKUP_SETTINGS", "/dev/null"); // never the machine's /etc/kyoyu/backup.env
		builder.environment().putAll(env);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail(script + " did not finish: " + output);
		}
		System.out.print(output);
		return new Script(process.exitValue(), output);
	}

	private static void requireTools(String... tools) throws Exception {
		for (String tool : tools) {
			if (new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() != 0) {
				fail(tool + " is missing: the backup scripts need the Debian package postgresql-client "
						+ "(apt-get install postgresql-client)");
			}
		}
	}
}
