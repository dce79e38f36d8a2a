package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.JsonApi;

/**
 * The content check of a restore (docs/backup-restore.md §5): Kyoyu reads every file in use through the decrypting
 * path. It must say no to a flipped byte (AES-GCM) and to a truncated object (the size backup-verify.sh checks too),
 * and the size formula both use must be Tink's. Other tests' files share the store, so the assertions look at this
 * test's files only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StorageVerificationIntegrationTests {

	static final long PROJECT = 9131;

	@Autowired
	FileStore store;

	@Autowired
	ObjectFiles files;

	@LocalServerPort
	int port;

	@Test
	void theSizeFormulaOfTheScriptIsTinksAtEverySegmentBoundary() throws Exception {
		long firstSegment = StorageVerification.CIPHERTEXT_SEGMENT - StorageVerification.TAG - StorageVerification.HEADER;
		long segment = StorageVerification.CIPHERTEXT_SEGMENT - StorageVerification.TAG;
		for (long size : List.of(1L, 1000L, firstSegment - 1, firstSegment, firstSegment + 1, firstSegment + segment,
				firstSegment + segment + 1)) {
			StoredFile stored = store.store(PROJECT, new ByteArrayInputStream(
					FileStoreIntegrationTests.randomBytes((int) size)), "size.bin", "application/octet-stream");
			assertThat(Files.size(files.objectPath(ObjectRef.of(PROJECT, stored.sha256()))))
				.as("ciphertext of %d bytes", size).isEqualTo(StorageVerification.encryptedSize(size));
		}
	}

	@Test
	void aFlippedByteAndATruncatedObjectAreReportedAnIntactFileIsNot() throws Exception {
		StoredFile intact = claimed(3_000_000);
		StoredFile flipped = claimed(2_000_000);
		StoredFile truncated = claimed(500_000);
		JsonApi api = new JsonApi(port) {
		};
		try {
			checkRefusals(api, intact, flipped, truncated);
		}
		finally {
			// Leave nothing broken for the other tests that verify the whole store.
			List.of(intact, flipped, truncated).forEach(file -> store.release(file.id()));
		}
	}

	private void checkRefusals(JsonApi api, StoredFile intact, StoredFile flipped, StoredFile truncated)
			throws Exception {
		JsonNode before = api.read(api.send("POST", "/api/v1/admin/storage/verification", "admin", null));
		assertThat(before.get("checkedFiles").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(mentions(before, intact, flipped, truncated)).isEmpty();

		Path flippedObject = files.objectPath(ObjectRef.of(PROJECT, flipped.sha256()));
		try (RandomAccessFile file = new RandomAccessFile(flippedObject.toFile(), "rw")) {
			long middle = file.length() / 2;
			file.seek(middle);
			int b = file.read();
			file.seek(middle);
			file.write(b ^ 0x01);
		}
		Path truncatedObject = files.objectPath(ObjectRef.of(PROJECT, truncated.sha256()));
		try (RandomAccessFile file = new RandomAccessFile(truncatedObject.toFile(), "rw")) {
			file.setLength(file.length() - 100);
		}

		HttpResponse<String> answer = api.send("POST", "/api/v1/admin/storage/verification", "admin", null);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode after = api.read(answer);
		assertThat(after.get("intact").asBoolean()).isFalse();
		assertThat(after.get("summary").asText()).contains("件に問題があります。この復元を利用者に開放しないでください。");
		assertThat(mentions(after, intact, flipped, truncated)).containsExactlyInAnyOrder(
				"ファイル " + flipped.id() + ": 実体（" + flipped.sha256()
						+ "）を復号して読み出せません（内容が書き換えられているか、マスターキーが違います）。",
				"ファイル " + truncated.id() + ": 暗号化された実体の大きさが "
						+ (StorageVerification.encryptedSize(500_000) - 100) + " バイトで、記録から求まる "
						+ StorageVerification.encryptedSize(500_000) + " バイトと違います（途中で切れているか、書き換えられています）。");

		// Only administrators run it: it reads every project's files.
		assertThat(api.send("POST", "/api/v1/admin/storage/verification", "kantoku", null).statusCode()).isEqualTo(403);
	}

	private StoredFile claimed(int size) {
		StoredFile stored = store.store(PROJECT, new ByteArrayInputStream(FileStoreIntegrationTests.randomBytes(size)),
				"verify.bin", "application/octet-stream");
		store.claim(stored.id());
		return stored;
	}

	private static List<String> mentions(JsonNode report, StoredFile... mine) {
		List<String> found = new ArrayList<>();
		for (JsonNode problem : report.get("problems")) {
			for (StoredFile file : mine) {
				if (problem.asText().startsWith("ファイル " + file.id() + ":")) {
					found.add(problem.asText());
				}
			}
		}
		return found;
	}
}
