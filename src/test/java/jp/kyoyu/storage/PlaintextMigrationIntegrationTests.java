package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #16: files stored before encryption (a plaintext object and a row with {@code encrypted = false}, put in
 * by JDBC and on disk as the old version left them) are encrypted into their project's area by the one-off
 * migration; downloads give the same bytes before, during and after; a second run does nothing; a run killed
 * between writing the encrypted object and flipping the row is finished by the next run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaintextMigrationIntegrationTests {

	static final long PROJECT = 9301;

	static final long OTHER_PROJECT = 9302;

	@Autowired
	PlaintextMigration migration;

	@Autowired
	FileStore store;

	@Autowired
	ObjectFiles files;

	@Autowired
	StorageFileRepository rows;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void plaintextFilesAreEncryptedIntoTheirProjectAndTheOldObjectGoes() throws Exception {
		byte[] bytes = ("旧版の平文ファイル " + UUID.randomUUID()).repeat(100).getBytes(StandardCharsets.UTF_8);
		String sha256 = plaintextObject(bytes);
		long file = legacyRow(PROJECT, sha256, bytes.length);
		long sameBytesOtherProject = legacyRow(OTHER_PROJECT, sha256, bytes.length);
		assertThat(read(file)).as("read the old way before the migration").isEqualTo(bytes);

		assertThat(migration.migrate()).isGreaterThanOrEqualTo(2);

		assertThat(read(file)).isEqualTo(bytes);
		assertThat(read(sameBytesOtherProject)).isEqualTo(bytes);
		assertThat(files.objectPath(ObjectRef.plaintext(sha256))).as("the plaintext object").doesNotExist();
		assertThat(files.objectPath(ObjectRef.of(PROJECT, sha256))).exists();
		assertThat(files.objectPath(ObjectRef.of(OTHER_PROJECT, sha256))).exists();
		assertThat(new String(Files.readAllBytes(files.objectPath(ObjectRef.of(PROJECT, sha256))), StandardCharsets.UTF_8))
			.doesNotContain("旧版の平文ファイル");
		assertThat(jdbc.queryForObject("select count(*) from storage_file where id in (?, ?) and encrypted = true",
				Integer.class, file, sameBytesOtherProject)).isEqualTo(2);

		byte[] objectBefore = Files.readAllBytes(files.objectPath(ObjectRef.of(PROJECT, sha256)));
		assertThat(migration.migrate()).as("a second run has nothing to do").isZero();
		assertThat(Files.readAllBytes(files.objectPath(ObjectRef.of(PROJECT, sha256)))).isEqualTo(objectBefore);
		assertThat(read(file)).isEqualTo(bytes);
	}

	@Test
	void aRunKilledBeforeFlippingTheRowIsFinishedByTheNextRun() throws Exception {
		byte[] bytes = ("途中で止まった移行 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		String sha256 = plaintextObject(bytes);
		long file = legacyRow(PROJECT, sha256, bytes.length);
		// what a run killed after writing the encrypted object leaves: the object there, the row still plaintext
		assertThat(migration.encryptObject(rows.findById(file).orElseThrow())).isTrue();
		assertThat(files.objectPath(ObjectRef.of(PROJECT, sha256))).exists();
		assertThat(files.objectPath(ObjectRef.plaintext(sha256))).exists();
		assertThat(read(file)).as("still read the old way").isEqualTo(bytes);

		assertThat(migration.migrate()).isGreaterThanOrEqualTo(1);

		assertThat(jdbc.queryForObject("select encrypted from storage_file where id = ?", Boolean.class, file)).isTrue();
		assertThat(files.objectPath(ObjectRef.plaintext(sha256))).doesNotExist();
		assertThat(read(file)).isEqualTo(bytes);
	}

	@Test
	void aFileNoProjectOwnsIsEncryptedInTheSystemScope() throws Exception {
		byte[] bytes = ("持ち主のないファイル " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		String sha256 = plaintextObject(bytes);
		long file = legacyRow(ProjectKeys.SYSTEM_SCOPE, sha256, bytes.length);

		migration.migrate();

		assertThat(files.objectPath(ObjectRef.of(ProjectKeys.SYSTEM_SCOPE, sha256))).exists();
		assertThat(files.objectPath(ObjectRef.plaintext(sha256))).doesNotExist();
		assertThat(read(file)).isEqualTo(bytes);
	}

	private byte[] read(long fileId) throws Exception {
		try (InputStream in = store.open(fileId).getInputStream()) {
			return in.readAllBytes();
		}
	}

	/** An object as the version before encryption wrote it: objects/<aa>/<bb>/<sha256>, the bytes as they are. */
	private String plaintextObject(byte[] bytes) throws Exception {
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		Path object = files.objectPath(ObjectRef.plaintext(sha256));
		Files.createDirectories(object.getParent());
		Files.write(object, bytes);
		return sha256;
	}

	/** A row as V39 leaves it: its owner's project filled in, not yet encrypted. */
	private long legacyRow(long projectId, String sha256, long size) {
		jdbc.update("insert into storage_file (sha256, size, name, content_type, state, created_at, project_id, encrypted) "
				+ "values (?, ?, ?, ?, 'CLAIMED', ?, ?, false)", sha256, size, "旧.txt", "text/plain",
				Timestamp.from(Instant.now()), projectId);
		return jdbc.queryForObject("select max(id) from storage_file where sha256 = ? and project_id = ?", Long.class,
				sha256, projectId);
	}
}
