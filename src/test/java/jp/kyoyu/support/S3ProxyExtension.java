package jp.kyoyu.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.gaul.s3proxy.S3Proxy;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import jp.kyoyu.storage.S3Proxies;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One s3proxy for a test class ({@code kyoyu.storage.kind=s3} tests, failsafe's {@code s3-store} execution):
 * started before the class on a random loopback port over a directory of its own, with the given buckets made,
 * stopped and its directory deleted after the class. Register it as a static field:
 * {@code @RegisterExtension static final S3ProxyExtension s3 = new S3ProxyExtension("kyoyu-files");}.
 * {@link #client()} is Kyoyu's own client for it; {@link #objects} and {@link #multipartUploads} tell a test what
 * is left in a bucket.
 */
public final class S3ProxyExtension implements BeforeAllCallback, AfterAllCallback {

	private final List<String> buckets;

	private Path directory;

	private S3Proxy proxy;

	private S3Client client;

	public S3ProxyExtension(String... buckets) {
		this.buckets = List.of(buckets);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		directory = Files.createTempDirectory("kyoyu-s3proxy-");
		proxy = S3Proxies.start(Files.createDirectories(directory.resolve("store")));
		client = S3Proxies.client(proxy);
		buckets.forEach(bucket -> client.createBucket(create -> create.bucket(bucket)));
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		try {
			client.close();
			proxy.stop();
		}
		finally {
			deleteTree(directory);
		}
	}

	public S3Proxy proxy() {
		return proxy;
	}

	public S3Client client() {
		return client;
	}

	/** The endpoint to configure a node with ({@code kyoyu.storage.s3.endpoint}). */
	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + proxy.getPort());
	}

	/**
	 * Points the test's application context at {@code bucket} of this proxy ({@code kyoyu.storage.kind=s3}); for a
	 * class's {@code @DynamicPropertySource}, which runs after the extension started the proxy.
	 */
	public void storeFilesIn(String bucket, DynamicPropertyRegistry registry) {
		registry.add("kyoyu.storage.kind", () -> "s3");
		registry.add("kyoyu.storage.s3.endpoint", () -> endpoint().toString());
		registry.add("kyoyu.storage.s3.bucket", () -> bucket);
		registry.add("kyoyu.storage.s3.access-key", () -> S3Proxies.ACCESS_KEY);
		registry.add("kyoyu.storage.s3.secret-key", () -> S3Proxies.SECRET_KEY);
		registry.add("kyoyu.storage.s3.path-style", () -> "true");
	}

	/** A directory of the test's own, beside the proxy's store, deleted after the class. */
	public Path directory() {
		return directory;
	}

	/** The objects in {@code bucket} below {@code prefix}, without the directories some stores list. */
	public List<S3Object> objects(String bucket, String prefix) {
		return client.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix)).contents().stream()
			.filter(object -> !object.key().endsWith("/"))
			.toList();
	}

	/** The multipart uploads started in {@code bucket} and neither completed nor aborted. */
	public List<MultipartUpload> multipartUploads(String bucket) {
		return client.listMultipartUploads(list -> list.bucket(bucket)).uploads();
	}

	private static void deleteTree(Path root) throws IOException {
		if (root == null || !Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
