package jp.kyoyu.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The {@link ObjectStore} on an S3-compatible bucket ({@code kyoyu.storage.kind=s3}): keys as the paths below
 * {@code kyoyu.storage.directory} of the file system store ({@code objects/p<project>/<aa>/<bb>/<sha256>},
 * {@code trash/<scope>.<sha256>.<random>}), so moving a store from one kind to the other is a plain copy.
 * <p>
 * Uploads go in parts of {@code part-size} through one buffer (a single PUT when the whole object fits in one
 * part), so the heap use does not depend on the file size; S3 makes an object visible only when its PUT or its
 * multipart upload completes, which is the "complete or invisible" the file system gets from its rename. Reads
 * are Range GETs ({@link S3ReadChannel}). S3 has no rename: {@link #retire} parks by a server-side copy into
 * {@code trash/} and then deletes the live key, which keeps the cleanup's order (park, check, delete) because S3
 * is strongly consistent for reads after writes and lists (AWS since 2020, MinIO, Ceph RGW).
 */
final class S3Objects implements ObjectStore, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(S3Objects.class);

	/** CopyObject copies at most 5 GiB in one request; bigger objects (a 5 GB file once encrypted) go in parts. */
	static final long MAX_SINGLE_COPY = 5L * 1024 * 1024 * 1024;

	private static final long COPY_PART = 1024L * 1024 * 1024;

	private static final String OBJECTS = "objects/";

	private static final String TRASH = "trash/";

	private static final String WORK = "work/";

	/** Uploads arriving straight into the bucket, under a random name until their hash is known (issue #21). */
	static final String INCOMING = WORK + "incoming/";

	private final S3Client client;

	private final String bucket;

	private final int partSize;

	private final long maxSingleCopy;

	private final long copyPart;

	S3Objects(S3Client client, String bucket, int partSize) {
		this(client, bucket, partSize, MAX_SINGLE_COPY, COPY_PART);
	}

	/** With smaller copy limits, so tests can copy in parts without writing 5 GB. */
	S3Objects(S3Client client, String bucket, int partSize, long maxSingleCopy, long copyPart) {
		this.client = client;
		this.bucket = bucket;
		this.partSize = partSize;
		this.maxSingleCopy = maxSingleCopy;
		this.copyPart = copyPart;
	}

	/**
	 * The client for the settings. The JDK's HttpURLConnection client: no Netty or Apache client on the class
	 * path. Checksums only where S3 requires them: the SDK's default (a CRC trailer in aws-chunked encoding on
	 * every upload) is not understood by every S3-compatible store.
	 */
	static S3Client client(ObjectStoreSettings.S3 settings) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(5))
				.socketTimeout(Duration.ofMinutes(1)))
			.region(Region.of(settings.region()))
			.forcePathStyle(settings.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(settings.accessKey() == null ? DefaultCredentialsProvider.builder().build()
					: StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
		URI endpoint = settings.endpoint();
		if (endpoint != null) {
			builder.endpointOverride(endpoint);
		}
		return builder.build();
	}

	@Override
	public String kind() {
		return "s3";
	}

	/** Spring calls it at shutdown (the bean's inferred destroy method): the client's connections go. */
	@Override
	public void close() {
		client.close();
	}

	static String key(ObjectRef object) {
		String sha256 = object.sha256();
		if (!ObjectFiles.SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
		}
		String tail = sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
		return object.encrypted() ? OBJECTS + "p" + object.projectId() + "/" + tail : OBJECTS + tail;
	}

	@Override
	public void publish(Path complete, ObjectRef object) throws IOException {
		try {
			if (!exists(object)) {
				try (InputStream content = Files.newInputStream(complete)) {
					put(object, content, Files.size(complete));
				}
			}
		}
		finally {
			Files.deleteIfExists(complete);
		}
	}

	/**
	 * An upload straight into the bucket (issue #21): what is written goes out in parts of {@code part-size} (one
	 * buffer) as a multipart upload to {@code work/incoming/<random>}, so no byte touches the local disk and the heap
	 * holds one part whatever the size.
	 */
	@Override
	public Arriving arrive() {
		return new IncomingObject(INCOMING + UUID.randomUUID());
	}

	/**
	 * Aborts the multipart uploads below {@code work/incoming/} started before {@code before} and deletes the incoming
	 * objects written before it: what a node that died half-way left (the bucket's lifecycle rule for incomplete
	 * multipart uploads does the first too, docs/scaling.md; this also covers a store without one).
	 */
	@Override
	public int deleteArrivalsStartedBefore(Instant before) throws IOException {
		int removed = 0;
		for (S3Object incoming : list(INCOMING)) {
			if (incoming.key().endsWith("/") || !incoming.lastModified().isBefore(before)) {
				continue; // a directory some stores list, or an upload being published right now
			}
			delete(incoming.key());
			removed++;
		}
		List<MultipartUpload> started = call(INCOMING, () -> client.listMultipartUploadsPaginator(list -> list
			.bucket(bucket).prefix(INCOMING)).uploads().stream().toList());
		for (MultipartUpload upload : started) {
			if (upload.initiated() != null && upload.initiated().isBefore(before)) {
				call(upload.key(), () -> client.abortMultipartUpload(abort -> abort.bucket(bucket).key(upload.key())
					.uploadId(upload.uploadId())));
				removed++;
			}
		}
		return removed;
	}

	/**
	 * An upload's ciphertext below {@code work/incoming/}: a multipart upload while it arrives (invisible), an
	 * incoming object once finished, then copied server-side to its content key (no byte passes through Kyoyu
	 * again) and deleted. Closing aborts or deletes whatever is left.
	 */
	private final class IncomingObject implements Arriving {

		private final String key;

		private final PartedUpload upload;

		private boolean finished;

		private boolean gone;

		IncomingObject(String key) {
			this.key = key;
			this.upload = new PartedUpload(key);
		}

		@Override
		public java.io.OutputStream output() {
			return upload;
		}

		@Override
		public void finish() throws IOException {
			upload.complete();
			finished = true;
		}

		@Override
		public SeekableByteChannel open() throws IOException {
			long size = upload.written();
			return new S3ReadChannel(offset -> call(key,
					() -> client.getObject(get -> get.bucket(bucket).key(key).range("bytes=" + offset + "-"))), size);
		}

		/**
		 * Row first, then this (FileStore): when the object is there already it stays as it is, which keeps the
		 * cleanup's order (*Why no byte is lost*, 4) as {@link S3Objects#publish} does. The copy (CopyObject, or
		 * UploadPartCopy above 5 GiB) makes the object appear complete; deleting the incoming object is then only
		 * tidying up, and the sweep does it if it fails.
		 */
		@Override
		public void publish(ObjectRef object) throws IOException {
			if (!exists(object)) {
				copy(key, key(object));
			}
			removeIncoming();
		}

		@Override
		public void close() {
			if (!finished) {
				upload.abort(null);
			}
			else {
				removeIncoming();
			}
		}

		private void removeIncoming() {
			if (gone) {
				return;
			}
			try {
				delete(key);
				gone = true;
			}
			catch (IOException | RuntimeException e) {
				// the hourly cleanup deletes incoming objects left behind (deleteArrivalsStartedBefore)
				log.warn("Could not delete incoming object {}", key, e);
			}
		}
	}

	/**
	 * One PUT when the content fits in one part, else a multipart upload in parts of {@code part-size}, always
	 * through the same buffer. A failed multipart upload is aborted, so no part is left to be billed or listed.
	 */
	@Override
	public void put(ObjectRef object, InputStream content, long length) throws IOException {
		String key = key(object);
		byte[] buffer = new byte[partSize];
		int first = fill(content, buffer, length);
		if (first < buffer.length || (length >= 0 && first == length) || endsNow(content, length)) {
			call(key, () -> client.putObject(put -> put.bucket(bucket).key(key).contentLength((long) first),
					part(buffer, first)));
			return;
		}
		String upload = call(key, () -> client.createMultipartUpload(create -> create.bucket(bucket).key(key))).uploadId();
		try {
			List<CompletedPart> parts = new ArrayList<>();
			long left = length < 0 ? -1 : length - first;
			for (int filled = first; filled > 0;) {
				int number = parts.size() + 1;
				int size = filled;
				String etag = call(key, () -> client.uploadPart(part -> part.bucket(bucket).key(key).uploadId(upload)
					.partNumber(number).contentLength((long) size),
						part(buffer, size))).eTag();
				parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
				filled = left == 0 ? 0 : fill(content, buffer, left);
				if (left > 0) {
					left -= filled;
				}
			}
			if (length >= 0 && left != 0) {
				throw new java.io.EOFException("The content ended before its announced length " + length);
			}
			call(key, () -> client.completeMultipartUpload(complete -> complete.bucket(bucket).key(key).uploadId(upload)
				.multipartUpload(done -> done.parts(parts))));
		}
		catch (IOException | RuntimeException e) {
			abort(key, upload, e);
			throw e;
		}
	}

	/** The buffer's first bytes as a body without copying them; a retry reads them again from the start. */
	private static RequestBody part(byte[] buffer, int length) {
		return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length,
				"application/octet-stream");
	}

	/** Reads until the buffer is full, the content ends or {@code left} (unless -1) bytes are read. */
	private static int fill(InputStream content, byte[] buffer, long left) throws IOException {
		int limit = left < 0 ? buffer.length : (int) Math.min(buffer.length, left);
		int filled = 0;
		while (filled < limit) {
			int read = content.read(buffer, filled, limit - filled);
			if (read == -1) {
				break;
			}
			filled += read;
		}
		return filled;
	}

	/** A stream of unknown length that filled the buffer exactly may end right there: then one PUT is enough. */
	private static boolean endsNow(InputStream content, long length) throws IOException {
		if (length >= 0 || !content.markSupported()) {
			return false;
		}
		content.mark(1);
		boolean ended = content.read() == -1;
		content.reset();
		return ended;
	}

	private void abort(String key, String upload, Exception cause) {
		try {
			client.abortMultipartUpload(abort -> abort.bucket(bucket).key(key).uploadId(upload));
		}
		catch (SdkException e) {
			// The bucket's lifecycle rule for incomplete multipart uploads removes it (docs/scaling.md).
			cause.addSuppressed(e);
		}
	}

	@Override
	public boolean exists(ObjectRef object) throws IOException {
		try {
			size(object);
			return true;
		}
		catch (NoSuchFileException e) {
			return false;
		}
	}

	@Override
	public long size(ObjectRef object) throws IOException {
		String key = key(object);
		return call(key, () -> client.headObject(head -> head.bucket(bucket).key(key))).contentLength();
	}

	@Override
	public SeekableByteChannel open(ObjectRef object) throws IOException {
		String key = key(object);
		long size = size(object);
		return new S3ReadChannel(offset -> call(key,
				() -> client.getObject(get -> get.bucket(bucket).key(key).range("bytes=" + offset + "-"))), size);
	}

	@Override
	public boolean retire(ObjectRef object, Predicate<ObjectRef> stillReferenced) throws IOException {
		String live = key(object);
		String scope = object.encrypted() ? "p" + object.projectId() : ObjectFiles.PLAINTEXT_SCOPE;
		String parked = TRASH + scope + "." + object.sha256() + "." + UUID.randomUUID();
		try {
			copy(live, parked);
		}
		catch (NoSuchFileException e) {
			return false; // another node's cleanup got there first
		}
		delete(live);
		return settle(parked, object, stillReferenced);
	}

	@Override
	public int settleTrash(Predicate<ObjectRef> stillReferenced) throws IOException {
		int deleted = 0;
		for (S3Object parked : list(TRASH)) {
			ObjectRef object = ObjectFiles.parkedObject(parked.key().substring(TRASH.length()));
			if (object != null && settle(parked.key(), object, stillReferenced)) {
				deleted++;
			}
		}
		return deleted;
	}

	private boolean settle(String parked, ObjectRef object, Predicate<ObjectRef> stillReferenced) throws IOException {
		if (stillReferenced.test(object)) {
			copy(parked, key(object));
			delete(parked);
			return false;
		}
		delete(parked);
		return true;
	}

	@Override
	public List<ObjectRef> objectRefs() throws IOException {
		List<ObjectRef> found = new ArrayList<>();
		for (S3Object object : list(OBJECTS)) {
			String[] parts = object.key().substring(OBJECTS.length()).split("/");
			String name = parts[parts.length - 1];
			if (!ObjectFiles.SHA256.matcher(name).matches()) {
				continue;
			}
			if (parts.length == 3) {
				found.add(ObjectRef.plaintext(name));
			}
			else if (parts.length == 4) {
				var project = ObjectFiles.PROJECT_DIRECTORY.matcher(parts[0]);
				if (project.matches()) {
					found.add(ObjectRef.of(Long.parseLong(project.group(1)), name));
				}
			}
		}
		return found;
	}

	@Override
	public int deleteProject(long projectId) throws IOException {
		int deleted = 0;
		for (S3Object object : list(OBJECTS + "p" + projectId + "/")) {
			delete(object.key());
			// some stores (s3proxy on a file system) list their directories too: count only the objects
			if (ObjectFiles.SHA256.matcher(object.key().substring(object.key().lastIndexOf('/') + 1)).matches()) {
				deleted++;
			}
		}
		for (S3Object parked : list(TRASH + "p" + projectId + ".")) {
			delete(parked.key());
		}
		return deleted;
	}

	@Override
	public void probe() throws IOException {
		call("bucket " + bucket, () -> client.headBucket(head -> head.bucket(bucket)));
	}

	private List<S3Object> list(String prefix) throws IOException {
		return call(prefix, () -> client.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix))
			.contents().stream().toList());
	}

	/** A server-side copy: no byte passes through Kyoyu; in parts above S3's 5 GiB limit for one CopyObject. */
	private void copy(String from, String to) throws IOException {
		long size = call(from, () -> client.headObject(head -> head.bucket(bucket).key(from))).contentLength();
		if (size <= maxSingleCopy) {
			call(from, () -> client.copyObject(copy -> copy.sourceBucket(bucket).sourceKey(from)
				.destinationBucket(bucket).destinationKey(to)));
			return;
		}
		String upload = call(to, () -> client.createMultipartUpload(create -> create.bucket(bucket).key(to))).uploadId();
		try {
			List<CompletedPart> parts = new ArrayList<>();
			for (long start = 0; start < size; start += copyPart) {
				int number = parts.size() + 1;
				String range = "bytes=" + start + "-" + (Math.min(size, start + copyPart) - 1);
				String etag = call(from, () -> client.uploadPartCopy(part -> part.sourceBucket(bucket).sourceKey(from)
					.destinationBucket(bucket).destinationKey(to).uploadId(upload).partNumber(number)
					.copySourceRange(range))).copyPartResult().eTag();
				parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
			}
			call(to, () -> client.completeMultipartUpload(complete -> complete.bucket(bucket).key(to).uploadId(upload)
				.multipartUpload(done -> done.parts(parts))));
		}
		catch (IOException | RuntimeException e) {
			abort(to, upload, e);
			throw e;
		}
	}

	/**
	 * What {@code content} writes goes out in parts of {@code part-size} as they fill one buffer (one PUT when it
	 * all fits in the buffer): the heap holds one part, never the object. A failure aborts the multipart upload.
	 */
	@Override
	public void putWork(String name, Writing content) throws IOException {
		PartedUpload upload = new PartedUpload(WORK + name);
		try {
			content.writeTo(upload);
			upload.complete();
		}
		catch (IOException | RuntimeException e) {
			upload.abort(e);
			throw e;
		}
	}

	@Override
	public SeekableByteChannel openWork(String name) throws IOException {
		String key = WORK + name;
		long size = workSize(name);
		return new S3ReadChannel(offset -> call(key,
				() -> client.getObject(get -> get.bucket(bucket).key(key).range("bytes=" + offset + "-"))), size);
	}

	@Override
	public long workSize(String name) throws IOException {
		String key = WORK + name;
		return call(key, () -> client.headObject(head -> head.bucket(bucket).key(key))).contentLength();
	}

	@Override
	public void deleteWork(String name) throws IOException {
		delete(WORK + name);
	}

	@Override
	public List<WorkObjects.Entry> listWork(String prefix) throws IOException {
		return list(WORK + prefix).stream()
			// some stores (s3proxy on a file system) list their directories too
			.filter(object -> !object.key().endsWith("/") && object.size() != null && object.size() > 0)
			.map(object -> new WorkObjects.Entry(object.key().substring(WORK.length()), object.lastModified()))
			.toList();
	}

	/** An output stream that becomes one PUT or a multipart upload; nothing is visible before {@link #complete}. */
	private final class PartedUpload extends java.io.OutputStream {

		private final String key;

		private final byte[] buffer = new byte[partSize];

		private final List<CompletedPart> parts = new ArrayList<>();

		private int filled;

		private long written;

		private String uploadId;

		PartedUpload(String key) {
			this.key = key;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			while (length > 0) {
				int taken = Math.min(length, buffer.length - filled);
				System.arraycopy(bytes, offset, buffer, filled, taken);
				filled += taken;
				written += taken;
				offset += taken;
				length -= taken;
				if (filled == buffer.length) {
					sendPart();
				}
			}
		}

		/** Whoever writes may close the stream (Tink's encrypting stream does): completing is separate. */
		@Override
		public void close() {
		}

		private void sendPart() throws IOException {
			if (uploadId == null) {
				uploadId = call(key, () -> client.createMultipartUpload(create -> create.bucket(bucket).key(key))).uploadId();
			}
			int number = parts.size() + 1;
			int size = filled;
			String etag = call(key, () -> client.uploadPart(part -> part.bucket(bucket).key(key).uploadId(uploadId)
				.partNumber(number).contentLength((long) size), part(buffer, size))).eTag();
			parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
			filled = 0;
		}

		void complete() throws IOException {
			if (uploadId == null) {
				int size = filled;
				call(key, () -> client.putObject(put -> put.bucket(bucket).key(key).contentLength((long) size),
						part(buffer, size)));
				return;
			}
			if (filled > 0) {
				sendPart();
			}
			call(key, () -> client.completeMultipartUpload(complete -> complete.bucket(bucket).key(key)
				.uploadId(uploadId).multipartUpload(done -> done.parts(parts))));
		}

		/** The bytes written so far: the object's size once completed. */
		long written() {
			return written;
		}

		/** A failure's cause keeps a failed abort as suppressed; without one (a refusal) it is logged. */
		void abort(Exception cause) {
			if (uploadId != null) {
				Exception reported = cause != null ? cause : new IOException("upload to " + key + " refused or broken off");
				S3Objects.this.abort(key, uploadId, reported);
				if (cause == null && reported.getSuppressed().length > 0) {
					log.warn("Could not abort the multipart upload of {}; the bucket's lifecycle rule or the cleanup removes it",
								key, reported.getSuppressed()[0]);
				}
				uploadId = null;
			}
		}
	}

	private void delete(String key) throws IOException {
		call(key, () -> client.deleteObject(delete -> delete.bucket(bucket).key(key)));
	}

	/**
	 * A missing key becomes {@link NoSuchFileException} (what the file system store throws, and what callers turn
	 * into 404); every other failure (endpoint down, timeout, credentials, bucket) {@link ObjectStoreUnavailableException}.
	 */
	private static <T> T call(String key, Supplier<T> request) throws IOException {
		try {
			return request.get();
		}
		catch (NoSuchKeyException e) {
			throw missing(key, e);
		}
		catch (S3Exception e) {
			boolean missingKey = e.statusCode() == 404 && (e.awsErrorDetails() == null
					|| e.awsErrorDetails().errorCode() == null || "NoSuchKey".equals(e.awsErrorDetails().errorCode()));
			if (missingKey && !key.startsWith("bucket ")) {
				throw missing(key, e);
			}
			throw new ObjectStoreUnavailableException("S3 refused the request for " + key + ": " + e.getMessage(), e);
		}
		catch (SdkException e) {
			throw new ObjectStoreUnavailableException("S3 did not answer for " + key + ": " + e.getMessage(), e);
		}
	}

	private static NoSuchFileException missing(String key, Exception cause) {
		NoSuchFileException missing = new NoSuchFileException(key);
		missing.initCause(cause);
		return missing;
	}
}
