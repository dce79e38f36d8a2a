package jp.kyoyu.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible store in this JVM for tests of {@code kyoyu.storage.kind=s3}: s3proxy on a random loopback port
 * over jclouds' {@code filesystem} provider (objects on disk in {@code directory}, not in the heap, so a heap
 * check of a 200 MB upload measures Kyoyu's side), with AWS signature v2/v4 authentication like a real store.
 */
public final class S3Proxies {

	public static final String ACCESS_KEY = "kyoyu-test-access";

	public static final String SECRET_KEY = "kyoyu-test-secret";

	private S3Proxies() {
	}

	public static S3Proxy start(Path directory) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("jclouds.filesystem.basedir", directory.toString());
		BlobStoreContext blobs = ContextBuilder.newBuilder("filesystem")
			.credentials("identity", "credential")
			.overrides(properties)
			.build(BlobStoreContext.class);
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(blobs.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		proxy.start();
		for (int i = 0; i < 1000 && !"STARTED".equals(proxy.getState()); i++) {
			Thread.sleep(10);
		}
		return proxy;
	}

	/**
	 * The storage module's {@link WorkObjects} on the proxy's {@code bucket}, as a node with {@code kind=s3} has
	 * it: its own client, the application's project keys. Two of them on one bucket are two nodes' views of it.
	 */
	public static WorkObjects workObjects(S3Proxy proxy, String bucket, org.springframework.context.ApplicationContext context) {
		return new WorkObjects(new S3Objects(client(proxy), bucket, (int) ObjectStoreSettings.S3.MIN_PART.toBytes()),
				context.getBean(ProjectKeys.class));
	}

	/** Kyoyu's own client for the settings an operator would write, pointing at the proxy. */
	public static S3Client client(S3Proxy proxy) {
		return S3Objects.client(new ObjectStoreSettings.S3(URI.create("http://127.0.0.1:" + proxy.getPort()),
				"us-east-1", "unused", ACCESS_KEY, SECRET_KEY, true, ObjectStoreSettings.S3.MIN_PART));
	}
}
