package jp.kyoyu.storage;

import static jp.kyoyu.storage.FileStoreIntegrationTests.randomBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

import jp.kyoyu.shared.NotFoundException;

/**
 * {@link FileStore#storeThenLink} and {@link FileStore#copy} on real files: what an owner's link sees, what a
 * failing link or a refused upload leaves behind (nothing claimed, nothing waiting for the cleanup), and that
 * files uploaded earlier survive a failure so the user can try again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoreThenLinkIntegrationTests {

	@Autowired
	FileStore store;

	@Autowired
	StorageFileRepository rows;

	@Autowired
	ObjectFiles files;

	@Autowired
	StorageCleanup cleanup;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLinkSeesTheStoredFilesInOrderAndTheyAreClaimedWithIt() {
		StoredFile earlier = store.store(FileStoreIntegrationTests.PROJECT, new ByteArrayInputStream(randomBytes(200)), "分割で送った図面.pdf", "application/pdf");
		byte[] photo = randomBytes(300);

		List<StoredFile> linked = store.storeThenLink(FileStoreIntegrationTests.PROJECT, 
				List.of(upload(photo, "現場写真.jpg", "image/jpeg"), upload(randomBytes(10), "メモ.txt", "text/plain")),
				List.of(earlier), stored -> stored);

		assertThat(linked).extracting(StoredFile::name).containsExactly("現場写真.jpg", "メモ.txt", "分割で送った図面.pdf");
		assertThat(linked.get(0).size()).isEqualTo(photo.length);
		assertThat(linked).allSatisfy(file -> assertThat(state(file)).isEqualTo(FileState.CLAIMED));
	}

	@Test
	void aFailingLinkLeavesNoClaimedOrphanAndNothingForTheCleanup() throws Exception {
		byte[] bytes = randomBytes(500);
		StoredFile[] seen = new StoredFile[1];

		assertThatThrownBy(() -> store.storeThenLink(FileStoreIntegrationTests.PROJECT, upload(bytes, "却下される添付.pdf", "application/pdf"), stored -> {
			seen[0] = stored;
			assertThat(state(stored)).as("claimed inside the link").isEqualTo(FileState.CLAIMED);
			throw new IllegalStateException("the owner's row could not be saved");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(rows.existsById(seen[0].id())).as("the unlinked file is gone at once, not after pending-ttl").isFalse();
		cleanup.cleanUp(Instant.now());
		assertThat(files.objectHashes()).doesNotContain(seen[0].sha256());
	}

	@Test
	void aFailingLinkKeepsWhatTheUserUploadedEarlier() {
		StoredFile earlier = store.store(FileStoreIntegrationTests.PROJECT, new ByteArrayInputStream(randomBytes(200)), "再開可能アップロード.zip", null);

		assertThatThrownBy(() -> store.storeThenLink(FileStoreIntegrationTests.PROJECT, List.of(upload(randomBytes(50), "a.txt", "text/plain")),
				List.of(earlier), stored -> {
					throw new IllegalStateException("refused by the owner's check");
				})).isInstanceOf(IllegalStateException.class);

		assertThat(state(earlier)).as("still there for the next try").isEqualTo(FileState.PENDING);
		store.storeThenLink(FileStoreIntegrationTests.PROJECT, List.of(), List.of(earlier), stored -> stored);
		assertThat(state(earlier)).isEqualTo(FileState.CLAIMED);
	}

	@Test
	void aRefusedUploadTakesTheFilesBeforeItAlongAndNeverReachesTheLink() throws Exception {
		FileStore limited = FileStoreIntegrationTests.storeLimitedTo(context, DataSize.ofKilobytes(1));
		long rowsBefore = rows.count();
		byte[] small = randomBytes(100);
		boolean[] linked = { false };

		assertThatThrownBy(() -> limited.storeThenLink(FileStoreIntegrationTests.PROJECT, 
				List.of(upload(small, "小さい.txt", "text/plain"), upload(randomBytes(2000), "大きい.bin", null)),
				List.of(), stored -> linked[0] = true))
			.isInstanceOf(FileTooLargeException.class);

		assertThat(linked[0]).isFalse();
		assertThat(rows.count()).isEqualTo(rowsBefore);
		cleanup.cleanUp(Instant.now());
		assertThat(files.objectHashes()).doesNotContain(sha256(small));
		assertThat(files.tempFiles()).isEmpty();
	}

	@Test
	void aCopyIsAFileOfItsOwnWithTheSameBytesNameAndType() throws Exception {
		byte[] bytes = randomBytes(700);
		StoredFile original = store.storeThenLink(FileStoreIntegrationTests.PROJECT, upload(bytes, "工事打合せ簿（第3回）.pdf", "application/pdf"), f -> f);

		StoredFile copy = store.copy(original.id());

		assertThat(copy.id()).isNotEqualTo(original.id());
		assertThat(copy).usingRecursiveComparison().ignoringFields("id").isEqualTo(original);
		assertThat(state(copy)).as("pending until its new owner claims it").isEqualTo(FileState.PENDING);
		store.claim(copy.id());
		store.release(original.id());
		cleanup.cleanUp(Instant.now());
		try (InputStream in = store.open(copy.id()).getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		assertThatThrownBy(() -> store.copy(original.id())).isInstanceOf(NotFoundException.class)
			.hasMessage(FileStoreIntegrationTests.NOT_FOUND);
	}

	/** Read with SQL: inside the link the claim's bulk update is not in JPA's cached entity. */
	private FileState state(StoredFile file) {
		return FileState.valueOf(jdbc.queryForObject("select state from storage_file where id = ?", String.class, file.id()));
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static IncomingFile upload(byte[] bytes, String name, String type) {
		return new IncomingFile(new ByteArrayInputStream(bytes), name, type);
	}
}
