package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The file store on real files in the test data directory. Downloads are answered by Spring MVC itself: the
 * store's {@code ResponseEntity} is returned from a controller mounted with MockMvc's standalone setup (no
 * second application context), together with the application's own {@code ApiExceptionHandler}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FileStoreIntegrationTests {

	/** Storage knows no projects: any number names a key and an object area. */
	static final long PROJECT = 9001;

	static final String JAPANESE_NAME = "工事打合せ簿（第3回）.pdf";

	static final String NOT_FOUND = "ファイルが見つかりません。削除されたか、アップロードから時間が経ち保存期限を過ぎています。"
			+ "もう一度アップロードしてください。";

	@Autowired
	FileStore store;

	@Autowired
	ObjectFiles files;

	@Autowired
	StorageCleanup cleanup;

	@Autowired
	StorageFileRepository rows;

	@Autowired
	ApplicationContext context;

	@Test
	void theSameBytesComeBackWithTheirSha256() throws Exception {
		byte[] bytes = randomBytes(100_000);
		StoredFile stored = store.store(PROJECT, new ByteArrayInputStream(bytes), "測量成果.csv", "text/csv");

		assertThat(stored.size()).isEqualTo(bytes.length);
		assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		assertThat(stored.name()).isEqualTo("測量成果.csv");
		assertThat(store.get(stored.id())).isEqualTo(stored);
		try (InputStream in = store.open(stored.id()).getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		assertThat(files.tempFiles()).isEmpty();
	}

	@Test
	void theSameContentTwiceIsOneObjectOnDiskAndTwoFiles() throws Exception {
		byte[] bytes = randomBytes(5_000);
		StoredFile first = store.store(PROJECT, new ByteArrayInputStream(bytes), "a.txt", "text/plain");
		StoredFile second = store.store(PROJECT, new ByteArrayInputStream(bytes), "b.txt", "text/plain");

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(files.objectHashes().stream().filter(first.sha256()::equals)).hasSize(1);
		assertThat(rows.findAllById(List.of(first.id(), second.id()))).hasSize(2);
		assertThat(files.tempFiles()).isEmpty();
	}

	@Test
	void aDownloadKeepsTheJapaneseNameAndAnswersRanges() throws Exception {
		byte[] bytes = randomBytes(1_000);
		StoredFile stored = store.store(PROJECT, new ByteArrayInputStream(bytes), JAPANESE_NAME, "application/pdf");
		MockMvc mvc = downloads();

		mvc.perform(get("/files/{id}", stored.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().longValue("Content-Length", 1_000))
			.andExpect(header().string("Accept-Ranges", "bytes"))
			.andExpect(header().string("ETag", "\"" + stored.sha256() + "\""))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"file-" + stored.id()
					+ ".pdf\"; filename*=UTF-8''%E5%B7%A5%E4%BA%8B%E6%89%93%E5%90%88%E3%81%9B%E7%B0%BF"
					+ "%EF%BC%88%E7%AC%AC3%E5%9B%9E%EF%BC%89.pdf"))
			.andExpect(content().bytes(bytes));

		mvc.perform(get("/files/{id}", stored.id()).header("Range", "bytes=10-19"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes 10-19/1000"))
			.andExpect(header().longValue("Content-Length", 10))
			.andExpect(content().bytes(Arrays.copyOfRange(bytes, 10, 20)));

		mvc.perform(get("/files/{id}", stored.id()).header("Range", "bytes=999999999-"))
			.andExpect(status().isRequestedRangeNotSatisfiable())
			.andExpect(header().string("Content-Range", "bytes */1000"));

		mvc.perform(get("/files/{id}", stored.id()).param("inline", "true"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline; ")));

		mvc.perform(get("/files/{id}", stored.id()).header("If-None-Match", "\"" + stored.sha256() + "\""))
			.andExpect(status().isNotModified());
	}

	@Test
	void htmlIsNeverShownInlineAndAMissingFileIs404() throws Exception {
		StoredFile page = store.store(PROJECT, new ByteArrayInputStream("<script>".getBytes()), "x.html", "text/html");
		MockMvc mvc = downloads();
		mvc.perform(get("/files/{id}", page.id()).param("inline", "true"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; ")));
		mvc.perform(get("/files/{id}", Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors[0].message").value(NOT_FOUND));
	}

	@Test
	void anUploadPastTheLimitIsRefusedWith413AndLeavesNothing() throws Exception {
		FileStore limited = storeLimitedTo(DataSize.ofKilobytes(1));
		long rowsBefore = rows.count();
		List<String> objectsBefore = files.objectHashes();

		assertThatThrownBy(() -> limited.store(PROJECT, new ByteArrayInputStream(randomBytes(1025)), "big.bin", null))
			.isInstanceOf(FileTooLargeException.class)
			.hasMessage("ファイルが大きすぎます。1ファイル1KBまでです。");
		StoredFile atTheLimit = limited.store(PROJECT, new ByteArrayInputStream(randomBytes(1024)), "ok.bin", null);

		assertThat(atTheLimit.size()).isEqualTo(1024);
		assertThat(rows.count()).isEqualTo(rowsBefore + 1);
		List<String> objectsAfter = new java.util.ArrayList<>(files.objectHashes());
		objectsAfter.remove(atTheLimit.sha256());
		assertThat(objectsAfter).containsExactlyInAnyOrderElementsOf(objectsBefore);
		assertThat(files.tempFiles()).isEmpty();

		MockMvc mvc = MockMvcBuilders.standaloneSetup(new Uploads(limited))
			.setControllerAdvice(context.getBean("apiExceptionHandler"))
			.setLocaleResolver(context.getBean(org.springframework.web.servlet.LocaleResolver.class))
			.build();
		mvc.perform(post("/files").content(randomBytes(2000)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.errors[0].message").value("ファイルが大きすぎます。1ファイル1KBまでです。"));
		// Tomcat's own refusal (multipart limit, tied to kyoyu.storage.max-file-size) names the configured 5GB
		mvc.perform(get("/refused"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.errors[0].message").value("ファイルが大きすぎます。1ファイル5GBまでです。"));
	}

	@Test
	void anInterruptedUploadLeavesNoRowNoTempFileAndNoObject() throws Exception {
		long rowsBefore = rows.count();
		List<String> objectsBefore = files.objectHashes();
		InputStream breaksHalfway = new GeneratedInput(600_000) {
			long sent;

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (sent >= 300_000) {
					throw new IOException("connection reset by peer");
				}
				int read = super.read(buffer, offset, Math.min(length, 1000));
				sent += read;
				return read;
			}
		};

		assertThatThrownBy(() -> store.store(PROJECT, breaksHalfway, "途中で切れた.pdf", "application/pdf"))
			.isInstanceOf(UncheckedIOException.class);
		assertThat(rows.count()).isEqualTo(rowsBefore);
		assertThat(files.objectHashes()).isEqualTo(objectsBefore);
		assertThat(files.tempFiles()).isEmpty();
	}

	@Test
	void cleanupRemovesExpiredAndUnreferencedFilesAndKeepsClaimedOnes() throws Exception {
		StoredFile forgotten = store.store(PROJECT, new ByteArrayInputStream(randomBytes(300)), "下書き.pdf", null);
		StoredFile kept = store.store(PROJECT, new ByteArrayInputStream(randomBytes(300)), "添付.pdf", null);
		StoredFile released = store.store(PROJECT, new ByteArrayInputStream(randomBytes(300)), "差替え前.pdf", null);
		store.claim(kept.id());
		store.claim(released.id());
		store.release(released.id());
		Path abandoned = Files.writeString(newTemp(), "half");
		Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
		Path inProgress = Files.writeString(newTemp(), "arriving");

		// Within the TTL the unclaimed upload stays; the released one goes at once.
		cleanup.cleanUp(Instant.now());
		assertThat(rows.existsById(forgotten.id())).isTrue();
		assertThat(files.objectHashes()).contains(forgotten.sha256(), kept.sha256()).doesNotContain(released.sha256());
		assertThat(abandoned).doesNotExist();
		assertThat(inProgress).exists();

		StorageCleanedUp result = cleanup.cleanUp(Instant.now().plus(Duration.ofHours(25)));
		assertThat(result.pendingFiles()).isPositive();
		assertThat(rows.existsById(forgotten.id())).isFalse();
		assertThat(files.objectHashes()).doesNotContain(forgotten.sha256()).contains(kept.sha256());
		assertThat(inProgress).doesNotExist();
		try (InputStream in = store.open(kept.id()).getInputStream()) {
			assertThat(in.readAllBytes()).hasSize(300);
		}
		assertThatThrownBy(() -> store.claim(forgotten.id())).isInstanceOf(jp.kyoyu.shared.NotFoundException.class);
	}

	@Test
	void anObjectCaughtMidRemovalIsPutBackWhenARowStillNamesIt() throws Exception {
		StoredFile file = store.store(PROJECT, new ByteArrayInputStream(randomBytes(400)), "写真.jpg", "image/jpeg");
		store.claim(file.id());
		Path object = files.objectPath(ObjectRef.of(PROJECT, file.sha256()));
		// what a cleanup interrupted between "park" and "check" leaves behind
		Path parked = object.getParent().getParent().getParent().getParent().resolveSibling("trash")
			.resolve("p" + PROJECT + "." + file.sha256() + ".x");
		Files.move(object, parked);

		cleanup.cleanUp(Instant.now());

		assertThat(object).exists();
		assertThat(parked).doesNotExist();
		assertThat(files.retire(ObjectRef.of(PROJECT, file.sha256()), ref -> true)).isFalse();
		try (InputStream in = store.open(file.id()).getInputStream()) {
			assertThat(in.readAllBytes()).hasSize(400);
		}
	}

	@Test
	void aLargeUploadIsStreamedNotHeldInMemory() throws Exception {
		long size = 300L << 20;
		HeapWatch heap = HeapWatch.start();
		StoredFile stored = store.store(PROJECT, new GeneratedInput(size), "large.bin", null);
		long growth = heap.stop();

		assertThat(stored.size()).isEqualTo(size);
		// encrypted: the plaintext plus Tink's 40-byte header and a 16-byte tag per 1 MB segment
		assertThat(Files.size(files.objectPath(ObjectRef.of(PROJECT, stored.sha256()))))
			.isBetween(size + 40 + 16 * 300, size + 40 + 16 * 302);
		assertThat(growth).as("heap growth while storing 300 MB").isLessThan(64L << 20);
		store.release(stored.id());
		cleanup.cleanUp(Instant.now());
		assertThat(files.objectPath(ObjectRef.of(PROJECT, stored.sha256()))).doesNotExist();
	}

	private Path newTemp() throws IOException {
		return files.newTempFile();
	}

	/** A second store on the same beans with another limit; no second application context. */
	static FileStore storeLimitedTo(ApplicationContext context, DataSize limit) {
		StorageSettings settings = context.getBean(StorageSettings.class);
		FileStore limited = new FileStore(context.getBean(StorageFileRepository.class), context.getBean(ObjectFiles.class),
				context.getBean(ObjectStore.class), context.getBean(ProjectKeys.class), settings, context.getBean(PlatformTransactionManager.class), context, context, context.getBean(Clock.class),
				context.getBeanProvider(UploadInspection.class));
		limited.maxFileSize(limit);
		return limited;
	}

	private FileStore storeLimitedTo(DataSize limit) {
		return storeLimitedTo(context, limit);
	}

	private MockMvc downloads() {
		return MockMvcBuilders.standaloneSetup(new Downloads(store))
			.setControllerAdvice(context.getBean("apiExceptionHandler"))
			.build();
	}

	static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		new Random().nextBytes(bytes);
		return bytes;
	}

	/** What an owning module's download endpoint does after its own access check. */
	@RestController
	record Downloads(FileStore store) {

		@GetMapping("/files/{id}")
		ResponseEntity<Resource> download(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inline) {
			return store.download(id, inline);
		}
	}

	@RestController
	record Uploads(FileStore store) {

		@PostMapping("/files")
		StoredFile upload(HttpServletRequest request) throws IOException {
			return store.store(PROJECT, request.getInputStream(), "upload.bin", null);
		}

		@GetMapping("/refused")
		void refused() {
			throw new MaxUploadSizeExceededException(-1);
		}
	}
}
