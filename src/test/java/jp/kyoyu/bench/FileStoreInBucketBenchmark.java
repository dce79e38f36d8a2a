package jp.kyoyu.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.ProjectFixtures;
import jp.kyoyu.support.S3ProxyExtension;

/**
 * The s3 row of {@link FileStoreBenchmark#httpUploadsAgainstCpSync} (issue #21): the multipart upload of a file as a
 * proposal attachment on a node with {@code kyoyu.storage.kind=s3}, straight into the bucket (a multipart upload,
 * then a server-side copy to the hash's key), against {@code cp} + {@code sync} of the same file. The bucket is
 * s3proxy in this JVM over the local disk, so its CPU (and its own write of every part, and the copy) is in the
 * figure: a real store elsewhere costs the node less. Asserts nothing. Needs s3proxy on the class path:
 * {@code ./mvnw test -Dexcluded.test.groups= -Dtest=FileStoreInBucketBenchmark -Dbench.size-mb=256
 * -Dmaven.test.dependency.excludes=<gatling.libraries of pom.xml>} (docs/performance.md).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FileStoreInBucketBenchmark {

	private static final String BUCKET = "kyoyu-bench";

	@RegisterExtension
	static final S3ProxyExtension s3 = new S3ProxyExtension(BUCKET);

	@DynamicPropertySource
	static void storeInTheBucket(DynamicPropertyRegistry registry) {
		s3.storeFilesIn(BUCKET, registry);
	}

	@LocalServerPort
	int port;

	@Test
	void httpUploadsIntoTheBucketAgainstCpSync() throws Exception {
		long size = Long.getLong("bench.size-mb", 1024) << 20;
		long project = new ProjectFixtures(port).works("バケットへのアップロード測定").member("genba", "SITE_AGENT").create();
		BrowserlessClient session = new BrowserlessClient(port);
		session.login("genba", "Kyoyu#Demo2026");
		String csrf = BrowserlessClient.csrfToken(session.get("/").body());
		long proposal = FileStoreBenchmark.id(session.send(FileStoreBenchmark.json(session, csrf, "POST",
				"/api/v1/projects/" + project + "/proposals", "{\"type\":\"worksMeetingRecord\",\"title\":\"S3 アップロード\"}")));
		Path dir = Files.createTempDirectory("kyoyu-bench-s3");
		System.out.printf("s3 upload  %,d MB x 3 files, part size 8 MB, max heap %,d MB, JDK %s, %d cores, load %.1f%n",
				size >> 20, Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		try {
			for (int file = 1; file <= 3; file++) {
				Path source = dir.resolve("source-" + file + ".bin");
				FileStoreBenchmark.writeRandom(source, size, file);
				Path target = dir.resolve("cp-sync-" + file + ".bin");
				long cpSync = FileStoreBenchmark.timed(() -> FileStoreBenchmark.run("sh", "-c",
						"cp '" + source + "' '" + target + "' && sync"));
				Files.delete(target);
				FileStoreBenchmark.PeakHeap heap = FileStoreBenchmark.PeakHeap.start();
				long cpuBefore = FileStoreBenchmark.cpuTime();
				long multipart = FileStoreBenchmark.timed(() -> FileStoreBenchmark.multipartUpload(port, session, csrf,
						"/api/v1/proposals/" + proposal + "/attachments", "kind", "DRAWING", source));
				long cpu = FileStoreBenchmark.cpuTime() - cpuBefore;
				long peak = heap.stop();
				System.out.printf("s3 upload  file %d  cp + sync: %7.0f MB/s | multipart into the bucket: %7.0f MB/s (%.2f x)"
						+ " | CPU of this JVM (client, node, s3proxy) %.1f s | peak heap used %,d MB, live after GC %,d MB"
						+ " | load %.1f%n", file, FileStoreBenchmark.mbPerSecond(size, cpSync),
						FileStoreBenchmark.mbPerSecond(size, multipart), (double) cpSync / multipart, cpu / 1e9, peak >> 20,
						heap.peakLive() >> 20,
						java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
				Files.delete(source);
			}
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(dir);
		}
	}
}
