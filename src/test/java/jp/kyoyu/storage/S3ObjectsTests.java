package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import org.gaul.s3proxy.S3Proxy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.util.unit.DataSize;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

import jp.kyoyu.support.S3ProxyExtension;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@link S3Objects} against s3proxy (issue #18), without Spring: every {@code @SpringBootTest} shares one context
 * on the file system store, so the S3 store is built here directly, as {@code StorageConfiguration} builds it.
 * Runs in failsafe's {@code s3-store} execution (pom.xml: s3proxy stays off the other tests' class path).
 */
class S3ObjectsTests {

	private static final int PART = (int) ObjectStoreSettings.S3.MIN_PART.toBytes();

	private static final String BUCKET = "kyoyu-files";

	@RegisterExtension
	static final S3ProxyExtension s3 = new S3ProxyExtension(BUCKET);

	static Path directory;

	static S3Client client;

	static S3Objects store;

	@BeforeAll
	static void storeOnTheProxy() {
		directory = s3.directory();
		client = s3.client();
		store = new S3Objects(client, BUCKET, PART);
	}

	@Test
	void storesReadsAndRetiresAnObject() throws IOException {
		byte[] content = random(100_000, 1);
		ObjectRef object = ObjectRef.of(101, sha256(content));
		assertThat(store.exists(object)).isFalse();

		store.put(object, new ByteArrayInputStream(content), content.length);

		assertThat(store.exists(object)).isTrue();
		assertThat(store.size(object)).isEqualTo(content.length);
		assertThat(readAll(object)).isEqualTo(content);
		assertThat(store.objectRefs()).contains(object);
		assertThat(client.getObjectAsBytes(get -> get.bucket(BUCKET).key(S3Objects.key(object))).asByteArray())
			.as("the same key layout as below kyoyu.storage.directory").isEqualTo(content);

		assertThat(store.retire(object, ref -> false)).isTrue();
		assertThat(store.exists(object)).isFalse();
		assertThatThrownBy(() -> store.open(object)).isInstanceOf(NoSuchFileException.class);
		assertThat(store.retire(object, ref -> false)).as("already gone").isFalse();
		assertThat(trash()).isEmpty();
	}

	@Test
	void readsRangesWithoutTheRest() throws IOException {
		byte[] content = random(3 * PART / 2, 2);
		ObjectRef object = ObjectRef.of(102, sha256(content));
		store.put(object, new ByteArrayInputStream(content), content.length);

		try (SeekableByteChannel channel = store.open(object)) {
			assertThat(channel.size()).isEqualTo(content.length);
			ByteBuffer middle = ByteBuffer.allocate(1000);
			channel.position(PART + 123);
			while (middle.hasRemaining() && channel.read(middle) > 0) {
			}
			assertThat(middle.array()).isEqualTo(Arrays.copyOfRange(content, PART + 123, PART + 1123));
			ByteBuffer start = ByteBuffer.allocate(10);
			channel.position(0);
			channel.read(start);
			assertThat(start.array()).isEqualTo(Arrays.copyOfRange(content, 0, 10));
			channel.position(content.length);
			assertThat(channel.read(ByteBuffer.allocate(1))).as("at the end").isEqualTo(-1);
		}
	}

	@Test
	void aReferencedObjectIsPutBackAndAnInterruptedRetireIsSettled() throws IOException {
		byte[] content = random(1000, 3);
		ObjectRef object = ObjectRef.of(103, sha256(content));
		store.put(object, new ByteArrayInputStream(content), content.length);

		assertThat(store.retire(object, ref -> true)).as("a row still names it").isFalse();
		assertThat(readAll(object)).isEqualTo(content);

		// A cleanup killed after parking: the object is only in trash/, and the next run puts it back.
		String parked = "trash/p103." + object.sha256() + ".killed";
		client.copyObject(copy -> copy.sourceBucket(BUCKET).sourceKey(S3Objects.key(object))
			.destinationBucket(BUCKET).destinationKey(parked));
		client.deleteObject(delete -> delete.bucket(BUCKET).key(S3Objects.key(object)));
		assertThat(store.settleTrash(ref -> ref.equals(object))).isZero();
		assertThat(readAll(object)).isEqualTo(content);
		assertThat(trash()).isEmpty();
	}

	@Test
	void objectsAboveTheSingleCopyLimitAreParkedInParts() throws IOException {
		S3Objects smallCopies = new S3Objects(client, BUCKET, PART, PART + 1, PART);
		byte[] content = random(2 * PART + 777, 4);
		ObjectRef object = ObjectRef.of(104, sha256(content));
		smallCopies.put(object, new ByteArrayInputStream(content), content.length);

		assertThat(smallCopies.retire(object, ref -> true)).isFalse();

		assertThat(readAll(object)).as("copied out and back in three parts each way").isEqualTo(content);
	}

	@Test
	void deletesOneProjectOnly() throws IOException {
		byte[] content = random(500, 5);
		ObjectRef erased = ObjectRef.of(105, sha256(content));
		ObjectRef kept = ObjectRef.of(106, sha256(content));
		ObjectRef plaintext = ObjectRef.plaintext(sha256(content));
		for (ObjectRef object : new ObjectRef[] { erased, kept, plaintext }) {
			store.put(object, new ByteArrayInputStream(content), -1);
		}
		assertThat(store.objectRefs()).contains(erased, kept, plaintext);

		assertThat(store.deleteProject(105)).isEqualTo(1);

		assertThat(store.objectRefs()).doesNotContain(erased).contains(kept, plaintext);
	}

	@Test
	void emptyAndExactlyOnePartObjectsOfUnknownLength() throws IOException {
		ObjectRef empty = ObjectRef.of(107, sha256(new byte[0]));
		store.put(empty, InputStream.nullInputStream(), -1);
		assertThat(store.size(empty)).isZero();
		assertThat(readAll(empty)).isEmpty();

		byte[] onePart = random(PART, 6);
		ObjectRef object = ObjectRef.of(107, sha256(onePart));
		store.put(object, new ByteArrayInputStream(onePart), -1);
		assertThat(readAll(object)).isEqualTo(onePart);
	}

	@Test
	void aStreamShorterThanAnnouncedLeavesNoObject() throws IOException {
		ObjectRef object = ObjectRef.of(108, sha256(new byte[] { 8 }));
		assertThatThrownBy(() -> store.put(object, new GeneratedInput(PART + 10), 3L * PART))
			.isInstanceOf(IOException.class);
		assertThat(store.exists(object)).isFalse();
		assertThat(client.listMultipartUploads(list -> list.bucket(BUCKET)).uploads())
			.as("the multipart upload is aborted").isEmpty();
	}

	/**
	 * 200 MB of unknown length, made on the fly, goes up in 5 MB parts and comes back through the ranged reader
	 * with the same SHA-256, while the live heap (measured after a full GC every 40 MB, in the middle of the
	 * transfer) stays far below the file size. Not the peak of used heap: s3proxy runs in this JVM and leaves
	 * several copies of every part as garbage, which says nothing about what Kyoyu holds.
	 */
	@Test
	void streams200MegabytesBothWaysInBoundedMemory() throws Exception {
		long size = 200L * 1024 * 1024;
		MessageDigest sent = MessageDigest.getInstance("SHA-256");
		ObjectRef object = ObjectRef.of(109, "ab".repeat(32));

		LiveHeap uploading = new LiveHeap(new java.security.DigestInputStream(new GeneratedInput(size), sent));
		store.put(object, uploading, -1);

		assertThat(store.size(object)).isEqualTo(size);
		MessageDigest received = MessageDigest.getInstance("SHA-256");
		LiveHeap downloading;
		try (InputStream in = downloading = new LiveHeap(Channels.newInputStream(store.open(object)))) {
			byte[] buffer = new byte[256 * 1024];
			for (int n; (n = in.read(buffer)) != -1;) {
				received.update(buffer, 0, n);
			}
		}

		assertThat(received.digest()).isEqualTo(sent.digest());
		assertThat(uploading.checkpoints).as("measured during the upload").isGreaterThanOrEqualTo(4);
		assertThat(uploading.maxGrowth).as("live heap growth while uploading 200 MB").isLessThan(40L * 1024 * 1024);
		assertThat(downloading.checkpoints).as("measured during the download").isGreaterThanOrEqualTo(4);
		assertThat(downloading.maxGrowth).as("live heap growth while downloading 200 MB").isLessThan(40L * 1024 * 1024);
		store.retire(object, ref -> false);
	}

	/** Counts the bytes going through; every 40 MB runs a full GC and notes how far the live heap has grown. */
	private static final class LiveHeap extends java.io.FilterInputStream {

		private static final long EVERY = 40L * 1024 * 1024;

		private final long baseline;

		private long passed;

		long maxGrowth;

		int checkpoints;

		LiveHeap(InputStream in) {
			super(in);
			this.baseline = liveHeap();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				long before = passed;
				passed += read;
				if (passed / EVERY > before / EVERY) {
					checkpoints++;
					maxGrowth = Math.max(maxGrowth, liveHeap() - baseline);
				}
			}
			return read;
		}

		private static long liveHeap() {
			System.gc();
			Runtime runtime = Runtime.getRuntime();
			return runtime.totalMemory() - runtime.freeMemory();
		}
	}

	/** What FileStore does: encrypt into a local temp file, publish it, read it back decrypted, also by Range. */
	@Test
	void encryptedObjectsRoundTripWithRanges() throws Exception {
		StreamingAeadConfig.register();
		StreamingAead key = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB)
			.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
		byte[] associated = ProjectKeys.associatedData(110);
		byte[] plaintext = random(2_500_000, 7);
		Path sealed = Files.createTempFile(directory, "sealed", "");
		try (OutputStream out = key.newEncryptingStream(Files.newOutputStream(sealed), associated)) {
			out.write(plaintext);
		}
		ObjectRef object = ObjectRef.of(110, sha256(plaintext));

		store.publish(sealed, object);

		assertThat(sealed).as("the local file is gone once published").doesNotExist();
		assertThat(store.size(object)).isEqualTo(StorageVerification.encryptedSize(plaintext.length));
		byte[] stored = client.getObjectAsBytes(get -> get.bucket(BUCKET).key(S3Objects.key(object))).asByteArray();
		assertThat(indexOf(stored, Arrays.copyOfRange(plaintext, 1000, 1032))).as("no plaintext in the bucket").isEqualTo(-1);
		ObjectResource resource = ObjectResource.decrypted(store, object, key, associated, plaintext.length);
		try (InputStream in = resource.getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(plaintext);
		}
		try (InputStream in = resource.getInputStream()) {
			long from = (1 << 20) - 50; // across the first segment boundary
			assertThat(in.skip(from)).isEqualTo(from);
			assertThat(in.readNBytes(100)).isEqualTo(Arrays.copyOfRange(plaintext, (int) from, (int) from + 100));
		}
		ObjectResource otherProject = ObjectResource.decrypted(store, object, key, ProjectKeys.associatedData(111),
				plaintext.length);
		assertThatThrownBy(() -> otherProject.getInputStream().readAllBytes()).as("bound to its project")
			.isInstanceOf(IOException.class);
	}

	/**
	 * A store that does not answer is not a missing file: every call fails with ObjectStoreUnavailableException
	 * (FileStore's 503) and the readiness check says DOWN; once it answers again, UP.
	 */
	@Test
	void aStoppedStoreIsUnavailableAndMakesTheNodeNotReady() throws Exception {
		S3Proxy other = S3Proxies.start(Files.createDirectories(directory.resolve("stopped-store")));
		try (S3Client otherClient = S3Proxies.client(other)) {
			otherClient.createBucket(create -> create.bucket(BUCKET));
			S3Objects objects = new S3Objects(otherClient, BUCKET, PART);
			FileStoreHealthIndicator health = new FileStoreHealthIndicator(directory, DataSize.ofBytes(1), objects);
			ObjectRef object = ObjectRef.of(112, "cd".repeat(32));
			objects.put(object, new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 3);
			Health up = health.health();
			assertThat(up.getStatus()).isEqualTo(Status.UP);
			assertThat(up.getDetails()).containsEntry("kind", "s3");

			other.stop();

			assertThatThrownBy(() -> objects.exists(object)).isInstanceOf(ObjectStoreUnavailableException.class);
			assertThatThrownBy(() -> objects.open(object)).isInstanceOf(ObjectStoreUnavailableException.class);
			assertThatThrownBy(() -> objects.put(object, new ByteArrayInputStream(new byte[] { 1 }), 1))
				.isInstanceOf(ObjectStoreUnavailableException.class);
			Health down = health.health();
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("kind", "s3")
				.containsEntry("error", "ObjectStoreUnavailableException");
		}
	}

	/**
	 * Issue #21: an upload arrives straight into the bucket (a multipart upload below work/incoming/, nothing on the
	 * local disk), is read back for an inspection, and becomes its object by a server-side copy; the incoming object
	 * goes. The same bytes arriving again leave the object as it was and leave nothing else.
	 */
	@Test
	void anArrivalIsAMultipartUploadInTheBucketCopiedToItsContentKey() throws IOException {
		byte[] content = random(2 * PART + 999, 11);
		ObjectRef object = ObjectRef.of(114, sha256(content));
		try (ObjectStore.Arriving arriving = store.arrive()) {
			arriving.output().write(content, 0, PART + 10);
			assertThat(s3.multipartUploads(BUCKET)).as("the parts go up while the upload arrives")
				.singleElement().satisfies(upload -> assertThat(upload.key()).startsWith("work/incoming/"));
			assertThat(s3.objects(BUCKET, "work/incoming/")).as("invisible until finished").isEmpty();
			arriving.output().write(content, PART + 10, content.length - PART - 10);
			arriving.finish();
			assertThat(s3.multipartUploads(BUCKET)).isEmpty();
			try (InputStream back = Channels.newInputStream(arriving.open())) {
				assertThat(back.readAllBytes()).as("read back for an inspection").isEqualTo(content);
			}
			assertThat(store.exists(object)).isFalse();

			arriving.publish(object);
		}
		assertThat(readAll(object)).isEqualTo(content);
		assertThat(s3.objects(BUCKET, "work/incoming/")).as("the incoming object is deleted").isEmpty();

		// Same name means same bytes: what is there stays (here marked so a second copy would show).
		byte[] there = "already there".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		client.putObject(put -> put.bucket(BUCKET).key(S3Objects.key(object)),
				software.amazon.awssdk.core.sync.RequestBody.fromBytes(there));
		try (ObjectStore.Arriving again = store.arrive()) {
			again.output().write(content);
			again.finish();
			again.publish(object);
		}
		assertThat(readAll(object)).as("de-duplicated: the object is not written again").isEqualTo(there);
		assertThat(s3.objects(BUCKET, "work/incoming/")).isEmpty();
		store.retire(object, ref -> false);
	}

	@Test
	void anArrivalClosedBeforeItsEndLeavesNothingInTheBucket() throws IOException {
		try (ObjectStore.Arriving refused = store.arrive()) {
			refused.output().write(random(2 * PART, 12));
			assertThat(s3.multipartUploads(BUCKET)).hasSize(1);
		} // a refusal (too large) or a broken-off body: never finished
		assertThat(s3.multipartUploads(BUCKET)).as("aborted").isEmpty();
		assertThat(s3.objects(BUCKET, "work/incoming/")).isEmpty();

		try (ObjectStore.Arriving unpublished = store.arrive()) {
			unpublished.output().write(random(1000, 13));
			unpublished.finish();
			assertThat(s3.objects(BUCKET, "work/incoming/")).hasSize(1);
		} // finished, then refused by an inspection
		assertThat(s3.objects(BUCKET, "work/incoming/")).as("deleted").isEmpty();
	}

	/** Above CopyObject's 5 GiB (here: a smaller limit) the incoming object is copied with UploadPartCopy. */
	@Test
	void anArrivalAboveTheSingleCopyLimitIsCopiedInParts() throws IOException {
		S3Objects smallCopies = new S3Objects(client, BUCKET, PART, PART + 1, PART);
		byte[] content = random(2 * PART + 555, 14);
		ObjectRef object = ObjectRef.of(115, sha256(content));
		try (ObjectStore.Arriving arriving = smallCopies.arrive()) {
			arriving.output().write(content);
			arriving.finish();
			arriving.publish(object);
		}
		assertThat(readAll(object)).as("copied in three parts").isEqualTo(content);
		assertThat(s3.objects(BUCKET, "work/incoming/")).isEmpty();
		assertThat(s3.multipartUploads(BUCKET)).isEmpty();
		store.retire(object, ref -> false);
	}

	/** What a node killed half-way leaves (an upload never completed, an incoming object never copied) goes after a day. */
	@Test
	void arrivalsLeftByADeadNodeAreSweptOnlyOnceOld() throws IOException {
		ObjectStore.Arriving dying = store.arrive();
		dying.output().write(random(PART + 1, 15)); // one part sent, then the node dies
		ObjectStore.Arriving dyingLater = store.arrive();
		dyingLater.output().write(random(100, 16));
		dyingLater.finish(); // complete, then the node dies before the copy
		assertThat(s3.multipartUploads(BUCKET)).hasSize(1);
		assertThat(s3.objects(BUCKET, "work/incoming/")).hasSize(1);

		assertThat(store.deleteArrivalsStartedBefore(java.time.Instant.now().minus(java.time.Duration.ofHours(1))))
			.as("still arriving, for all we know").isZero();
		assertThat(s3.multipartUploads(BUCKET)).hasSize(1);

		assertThat(store.deleteArrivalsStartedBefore(java.time.Instant.now().plusSeconds(60))).isEqualTo(2);
		assertThat(s3.multipartUploads(BUCKET)).isEmpty();
		assertThat(s3.objects(BUCKET, "work/incoming/")).isEmpty();
	}

	@Test
	void aWrongBucketIsUnavailableNotMissing() {
		S3Objects wrong = new S3Objects(client, "no-such-bucket", PART);
		assertThatThrownBy(wrong::probe).isInstanceOf(ObjectStoreUnavailableException.class);
		assertThatThrownBy(() -> wrong.put(ObjectRef.of(113, "ef".repeat(32)), new ByteArrayInputStream(new byte[1]), 1))
			.isInstanceOf(ObjectStoreUnavailableException.class);
	}

	private static byte[] readAll(ObjectRef object) throws IOException {
		try (InputStream in = Channels.newInputStream(store.open(object))) {
			return in.readAllBytes();
		}
	}

	private static java.util.List<String> trash() {
		return client.listObjectsV2(list -> list.bucket(BUCKET).prefix("trash/")).contents().stream()
			.map(software.amazon.awssdk.services.s3.model.S3Object::key).toList();
	}

	private static byte[] random(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
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
