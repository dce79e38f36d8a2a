package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

import org.gaul.s3proxy.S3Proxy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.shared.ClusterOnce;
import jp.kyoyu.shared.ServiceUnavailableException;
import jp.kyoyu.support.S3ProxyExtension;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole {@link FileStore} on {@code kyoyu.storage.kind=s3} (issue #18): the application's own beans (rows,
 * keys, the temp area, the exception handler) with an {@link S3Objects} on s3proxy, built here as
 * {@code StorageConfiguration} builds it; the context is the usual one (file system store, no extra properties).
 * Runs in failsafe's {@code s3-store} execution, in a JVM of its own: s3proxy's XML library must not be on the
 * class path of the shared test context (pom.xml, {@code maven.test.dependency.excludes}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class S3FileStoreIntegrationTests {

	static final long PROJECT = 9301;

	static final String UNAVAILABLE = "ファイルの保管場所に接続できません。しばらくしてからもう一度お試しください。";

	private static final String BUCKET = "kyoyu-files";

	@RegisterExtension
	static final S3ProxyExtension s3 = new S3ProxyExtension(BUCKET);

	static Path directory;


	static S3Client client;

	@Autowired
	ApplicationContext context;

	@Autowired
	ObjectFiles files;

	@Autowired
	StorageFileRepository rows;

	@BeforeAll
	static void proxy() {
		directory = s3.directory();
		client = s3.client();
	}

	@Test
	void filesAreEncryptedInTheBucketDownloadedWithRangesCopiedAndCleanedUp() throws Exception {
		S3Objects objects = new S3Objects(client, BUCKET, (int) ObjectStoreSettings.S3.MIN_PART.toBytes());
		FileStore store = fileStoreOn(objects);
		byte[] bytes = FileStoreIntegrationTests.randomBytes(12_000_000); // three 5 MB parts once encrypted

		StoredFile stored = store.store(PROJECT, new ByteArrayInputStream(bytes), "出来形写真.jpg", "image/jpeg");
		inTransaction(() -> store.claim(stored.id()));

		ObjectRef object = ObjectRef.of(PROJECT, stored.sha256());
		assertThat(objects.exists(object)).isTrue();
		assertThat(objects.size(object)).isEqualTo(StorageVerification.encryptedSize(bytes.length));
		assertThat(files.objectPath(object)).as("not on the local disk").doesNotExist();
		assertThat(files.tempFiles()).as("the local temp files are gone").isEmpty();
		byte[] inBucket = client.getObjectAsBytes(get -> get.bucket(BUCKET).key(S3Objects.key(object))).asByteArray();
		assertThat(Arrays.equals(inBucket, 40, 1040, bytes, 0, 1000)).as("ciphertext, not the upload").isFalse();

		MockMvc mvc = MockMvcBuilders.standaloneSetup(new FileStoreIntegrationTests.Downloads(store))
			.setControllerAdvice(context.getBean("apiExceptionHandler"))
			.build();
		mvc.perform(get("/files/" + stored.id())).andExpect(status().isOk()).andExpect(content().bytes(bytes));
		mvc.perform(get("/files/" + stored.id()).header("Range", "bytes=10485700-10485899"))
			.andExpect(status().isPartialContent())
			.andExpect(content().bytes(Arrays.copyOfRange(bytes, 10485700, 10485900)));

		StoredFile copy = store.copy(stored.id());
		inTransaction(() -> store.claim(copy.id()));
		inTransaction(() -> store.release(stored.id()));
		try (InputStream in = store.open(copy.id()).getInputStream()) {
			assertThat(in.readAllBytes()).as("the copy names the same object").isEqualTo(bytes);
		}

		StorageCleanup cleanup = cleanupOn(objects);
		cleanup.cleanUp(Instant.now());
		assertThat(objects.exists(object)).as("kept while the copy names it").isTrue();
		inTransaction(() -> store.release(copy.id()));
		cleanup.cleanUp(Instant.now());
		assertThat(objects.exists(object)).as("removed once no row names it").isFalse();
		assertThat(client.listObjectsV2(list -> list.bucket(BUCKET).prefix("trash/")).contents()).isEmpty();
	}

	@Test
	void aStoreThatDoesNotAnswerIsA503InJapaneseAndLeavesNothingBehind() throws Exception {
		S3Proxy stopping = S3Proxies.start(Files.createDirectories(directory.resolve("stopping")));
		try (S3Client stoppingClient = S3Proxies.client(stopping)) {
			stoppingClient.createBucket(create -> create.bucket(BUCKET));
			FileStore store = fileStoreOn(new S3Objects(stoppingClient, BUCKET, (int) ObjectStoreSettings.S3.MIN_PART.toBytes()));
			StoredFile stored = store.store(PROJECT, new ByteArrayInputStream(new byte[] { 1, 2, 3 }), "a.txt", "text/plain");
			inTransaction(() -> store.claim(stored.id()));
			long rowsBefore = rows.count();

			stopping.stop();

			assertThatThrownBy(() -> store.store(PROJECT, new ByteArrayInputStream(new byte[] { 4, 5, 6 }), "b.txt", "text/plain"))
				.isInstanceOf(ServiceUnavailableException.class)
				.hasMessage(UNAVAILABLE);
			assertThat(rows.count()).as("the row of the failed upload is gone again").isEqualTo(rowsBefore);
			assertThat(files.tempFiles()).isEmpty();

			MockMvc mvc = MockMvcBuilders
				.standaloneSetup(new FileStoreIntegrationTests.Downloads(store), new FileStoreIntegrationTests.Uploads(store))
				.setControllerAdvice(context.getBean("apiExceptionHandler"))
				.build();
			// JSON asked for: s3proxy's jackson-dataformat-xml is on this JVM's class path, and with it MockMvc's
			// default converters would answer XML
			mvc.perform(post("/files").content(new byte[] { 7, 8, 9 }).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.errors[0].message").value(UNAVAILABLE));
			mvc.perform(get("/files/" + stored.id()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.errors[0].message").value(UNAVAILABLE));
			assertThat(rows.count()).isEqualTo(rowsBefore);
			inTransaction(() -> store.release(stored.id()));
		}
	}

	/** Issue #21: what a node killed half-way left below work/incoming/ goes with the hourly cleanup, once a day old. */
	@Test
	void theCleanupRemovesArrivalsADeadNodeLeftInTheBucket() throws Exception {
		S3Objects objects = new S3Objects(client, BUCKET, (int) ObjectStoreSettings.S3.MIN_PART.toBytes());
		ObjectStore.Arriving killedWhileArriving = objects.arrive();
		killedWhileArriving.output().write(FileStoreIntegrationTests.randomBytes(6_000_000)); // one part went up
		ObjectStore.Arriving killedBeforeTheCopy = objects.arrive();
		killedBeforeTheCopy.output().write(new byte[] { 1, 2, 3 });
		killedBeforeTheCopy.finish();
		StorageCleanup cleanup = cleanupOn(objects);

		cleanup.cleanUp(Instant.now());
		assertThat(s3.multipartUploads(BUCKET)).as("an upload may still be arriving").hasSize(1);
		assertThat(s3.objects(BUCKET, "work/incoming/")).hasSize(1);

		StorageCleanedUp result = cleanup.cleanUp(Instant.now().plus(StorageCleanup.ARRIVAL_AGE).plusSeconds(60));
		assertThat(result.tempFiles()).isGreaterThanOrEqualTo(2);
		assertThat(s3.multipartUploads(BUCKET)).isEmpty();
		assertThat(s3.objects(BUCKET, "work/incoming/")).isEmpty();
	}

	/** A FileStore built here is no Spring proxy: its @Transactional methods get their transaction from us. */
	private void inTransaction(Runnable work) {
		new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> work.run());
	}

	private FileStore fileStoreOn(ObjectStore objects) {
		return new FileStore(rows, files, objects, context.getBean(ProjectKeys.class),
				context.getBean(StorageSettings.class), context.getBean(PlatformTransactionManager.class), context,
				context, context.getBean(Clock.class), context.getBeanProvider(UploadInspection.class));
	}

	private StorageCleanup cleanupOn(ObjectStore objects) {
		return new StorageCleanup(rows, files, objects, context.getBean(StorageSettings.class),
				context.getBean(PlatformTransactionManager.class), context, context.getBean(Clock.class),
				context.getBean(ClusterOnce.class));
	}
}
