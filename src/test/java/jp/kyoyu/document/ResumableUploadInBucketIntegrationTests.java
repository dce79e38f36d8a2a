package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gaul.s3proxy.S3Proxy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import jp.kyoyu.shared.ClusterOnce;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.S3Proxies;
import jp.kyoyu.storage.WorkObjects;
import jp.kyoyu.support.S3ProxyExtension;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Resumable uploads with {@code kyoyu.storage.kind=s3} and no shared directory (issue #18): two
 * {@link ResumableUploads}, each with its own client to one s3proxy bucket ({@link BucketUploadParts}), stand for two
 * nodes sharing only the database and the bucket. The chunks are objects in the bucket (ciphertext), the offset is
 * the database's, a chunk sent to both at once counts once, the finish on either node gives the same file, and
 * nothing stays behind: not in the bucket, not in a node's directory. Runs in failsafe's {@code s3-store} execution
 * (s3proxy's class path), in a JVM of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResumableUploadInBucketIntegrationTests {

	static final int CHUNK = 3 * 1024 * 1024;

	/** Above the 5 MiB part size: this chunk goes to the bucket as a multipart upload. */
	static final int BIG_CHUNK = 6 * 1024 * 1024;

	static final int SIZE = CHUNK + BIG_CHUNK + 2 * CHUNK + 77;

	private static final String BUCKET = "kyoyu-uploads";

	@RegisterExtension
	static final S3ProxyExtension s3 = new S3ProxyExtension(BUCKET);

	static Path directory;

	static S3Proxy proxy;

	static S3Client bucket;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	UploadRepository uploads;

	@Autowired
	UploadParts localParts;

	@Autowired
	DocumentAccess access;

	@Autowired
	FileStore files;

	@Autowired
	Clock clock;

	@Autowired
	ClusterOnce once;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeAll
	static void proxy() {
		directory = s3.directory();
		proxy = s3.proxy();
		bucket = s3.client();
	}

	@Test
	void chunksAlternatingBetweenTwoNodesAreObjectsInTheBucketAndAssembleTheFileWithNothingLeftBehind() throws Exception {
		ResumableUploads nodeA = node(clock);
		ResumableUploads nodeB = node(clock);
		long project = new DocumentApi(port).project("SERVICE", "バケット分割送信");
		byte[] content = new byte[SIZE];
		new Random(1818).nextBytes(content);
		String id = nodeA.create(project, "二台のノード.bin", (long) SIZE, "application/octet-stream", "gyomu").id();

		// The first chunk reaches both nodes at once: each streams it into an object of its own, one counts.
		CountDownLatch bothReading = new CountDownLatch(2);
		ExecutorService senders = Executors.newFixedThreadPool(2);
		List<Object> outcomes = new ArrayList<>();
		try {
			List<Future<UploadStatus>> transfers = new ArrayList<>();
			for (ResumableUploads node : List.of(nodeA, nodeB)) {
				transfers.add(senders.submit(() -> node.append(id, 0,
						new ResumableUploadAcrossNodesIntegrationTests.WaitingStream(content, CHUNK, bothReading), "gyomu")));
			}
			for (Future<UploadStatus> transfer : transfers) {
				try {
					outcomes.add(transfer.get(60, TimeUnit.SECONDS));
				}
				catch (java.util.concurrent.ExecutionException e) {
					outcomes.add(e.getCause());
				}
			}
		}
		finally {
			senders.shutdownNow();
		}
		assertThat(outcomes).filteredOn(UploadStatus.class::isInstance).singleElement()
			.extracting(outcome -> ((UploadStatus) outcome).offset()).isEqualTo((long) CHUNK);
		assertThat(outcomes).filteredOn(InvalidInputException.class::isInstance).singleElement()
			.extracting(outcome -> ((InvalidInputException) outcome).problems().get(0).message())
			.asString().contains("Upload-Offset: " + CHUNK);
		assertThat(chunkObjects(id)).as("the losing transfer's object is deleted").hasSize(1);

		// The rest alternates between the nodes, each asking the offset the other left (the database's).
		long offset = nodeB.status(id, "gyomu").offset();
		offset = nodeB.append(id, offset, new ByteArrayInputStream(content, (int) offset, BIG_CHUNK), "gyomu").offset();
		ResumableUploads[] alternate = { nodeA, nodeB };
		for (int turn = 0; offset < SIZE; turn++) {
			assertThat(alternate[turn % 2].status(id, "gyomu").offset()).isEqualTo(offset);
			int length = (int) Math.min(CHUNK + (SIZE - offset <= CHUNK + 77 ? 77 : 0), SIZE - offset);
			offset = alternate[turn % 2].append(id, offset, new ByteArrayInputStream(content, (int) offset, length),
					"gyomu").offset();
		}
		List<S3Object> chunks = chunkObjects(id);
		assertThat(chunks).as("one object per acknowledged chunk").hasSize(4);
		assertThat(jdbc.queryForObject("select count(*) from document_upload_chunk where upload_id = ?", Integer.class, id))
			.isEqualTo(4);
		byte[] stored = bucket.getObjectAsBytes(get -> get.bucket(BUCKET).key(chunks.get(0).key())).asByteArray();
		assertThat(indexOf(stored, Arrays.copyOfRange(content, 0, 64)) < 0
				&& indexOf(stored, Arrays.copyOfRange(content, CHUNK, CHUNK + 64)) < 0)
			.as("the bucket holds ciphertext, not the upload").isTrue();

		// A chunk object no row names (a node died between receiving and recording it) goes with the hourly sweep,
		// once an hour old; the upload's own chunks stay.
		WorkObjects work = S3Proxies.workObjects(proxy, BUCKET, context);
		work.receive(project, "uploads/" + id + "/left-by-a-dead-node.chunk", new ByteArrayInputStream(new byte[10]), 10);
		assertThat(chunkObjects(id)).hasSize(5);
		node(Clock.offset(clock, Duration.ofHours(2))).cleanUp();
		assertThat(chunkObjects(id)).as("only the orphan went").hasSize(4);

		UploadStatus finished = nodeB.finish(id, "gyomu");
		assertThat(finished.sha256()).isEqualTo(ProposalFilingIntegrationTests.sha256(content));
		try (var in = files.open(uploads.findById(id).orElseThrow().fileId()).getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(nodeA.finish(id, "gyomu").sha256()).as("finishing again on the other node answers the same file")
			.isEqualTo(finished.sha256());
		assertThat(chunkObjects(id)).as("the chunks are gone from the bucket").isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from document_upload_chunk where upload_id = ?", Integer.class, id))
			.isZero();
		assertThat(localFilesOf(id)).as("nothing of the upload on a node's disk").isEmpty();
		nodeA.cancel(id, "gyomu");
	}

	@Test
	void anAbandonedUploadGoesWithItsChunkObjectsAfterAWeek() throws Exception {
		ResumableUploads node = node(clock);
		long project = new DocumentApi(port).project("SERVICE", "放置された送信");
		String id = node.create(project, "途中.bin", 1000L, "application/octet-stream", "gyomu").id();
		node.append(id, 0, new ByteArrayInputStream(new byte[400]), "gyomu");
		assertThat(chunkObjects(id)).hasSize(1);

		node(Clock.offset(clock, ResumableUploads.KEEP.plusDays(1))).cleanUp();

		assertThat(uploads.findById(id)).isEmpty();
		assertThat(chunkObjects(id)).isEmpty();
	}

	/** A node: its own client to the bucket, the application's database, file store and keys. */
	private ResumableUploads node(Clock at) {
		BucketUploadParts parts = new BucketUploadParts(S3Proxies.workObjects(proxy, BUCKET, context), jdbc);
		return new ResumableUploads(uploads, parts, access, files, at, DataSize.ofGigabytes(5), once, transactions);
	}

	private static List<S3Object> chunkObjects(String uploadId) {
		return bucket.listObjectsV2Paginator(list -> list.bucket(BUCKET).prefix("work/uploads/" + uploadId + "/"))
			.contents().stream()
			.filter(object -> object.key().endsWith(".chunk"))
			.toList();
	}

	private List<Path> localFilesOf(String uploadId) throws Exception {
		Path local = localParts.path(uploadId).getParent();
		if (!Files.isDirectory(local)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(local)) {
			return entries.filter(path -> path.getFileName().toString().startsWith(uploadId)).toList();
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
