package jp.kyoyu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.StoredFile;

/**
 * Upload ({@code FileStore.store}: stream, SHA-256, fsync, rename) and download ({@code open} read to the
 * end) of one large file, against {@code cp} of the same file in the same run, with the peak heap. Size in MB
 * from {@code -Dbench.size-mb} (default 1024). Asserts nothing. Run (docs/performance.md):
 * {@code ./mvnw test -Dexcluded.test.groups= -Dtest=FileStoreBenchmark -Dbench.size-mb=2048 -DargLine=-Xmx512m}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FileStoreBenchmark {

	@Autowired
	FileStore store;

	@Test
	void uploadAndDownloadAgainstCp() throws Exception {
		long size = Long.getLong("bench.size-mb", 1024) << 20;
		Path dir = Files.createTempDirectory("kyoyu-bench");
		Path source = dir.resolve("source.bin");
		try {
			writeRandom(source, size);
			long cp = timed(() -> run("cp", source.toString(), dir.resolve("cp.bin").toString()));
			long cpSync = timed(() -> run("sh", "-c", "cp '" + source + "' '" + dir.resolve("cp-sync.bin") + "' && sync"));
			long cpRead = timed(() -> run("cp", source.toString(), "/dev/null"));
			long sha256 = timed(() -> sha256(size));

			PeakHeap heap = PeakHeap.start();
			StoredFile[] stored = new StoredFile[1];
			long upload = timed(() -> {
				try (InputStream in = Files.newInputStream(source)) {
					stored[0] = store.store(1L, in, "ベンチマーク.bin", "application/octet-stream");
				}
			});
			long download = timed(() -> {
				try (InputStream in = store.open(stored[0].id()).getInputStream();
						OutputStream out = OutputStream.nullOutputStream()) {
					// what serving costs us: read the object and hand it on (to the socket; here to nowhere)
					in.transferTo(out);
				}
			});
			long peak = heap.stop();
			store.release(stored[0].id());

			System.out.printf("file store  %,d MB, max heap %,d MB, JDK %s, %d cores%n", size >> 20,
					Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
					Runtime.getRuntime().availableProcessors());
			System.out.printf("file store  cp:               %7.0f MB/s%n", mbPerSecond(size, cp));
			System.out.printf("file store  cp + sync:        %7.0f MB/s%n", mbPerSecond(size, cpSync));
			System.out.printf("file store  cp to /dev/null:  %7.0f MB/s%n", mbPerSecond(size, cpRead));
			System.out.printf("file store  SHA-256 in memory:%7.0f MB/s%n", mbPerSecond(size, sha256));
			System.out.printf("file store  upload (store):   %7.0f MB/s (%.2f x cp + sync)%n", mbPerSecond(size, upload),
					(double) cpSync / upload);
			System.out.printf("file store  download (open):  %7.0f MB/s (%.2f x cp to /dev/null)%n", mbPerSecond(size, download),
					(double) cpRead / download);
			System.out.printf("file store  peak heap used during upload and download: %,d MB%n", peak >> 20);
		}
		finally {
			try (var paths = Files.list(dir)) {
				for (Path path : paths.toList()) {
					Files.deleteIfExists(path);
				}
			}
			Files.deleteIfExists(dir);
		}
	}

	private static void sha256(long size) throws Exception {
		java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
		byte[] buffer = new byte[256 * 1024];
		for (long done = 0; done < size; done += buffer.length) {
			digest.update(buffer);
		}
		digest.digest();
	}

	private static void writeRandom(Path file, long size) throws IOException {
		byte[] buffer = new byte[1 << 20];
		Random random = new Random(42);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < size; written += buffer.length) {
				random.nextBytes(buffer);
				out.write(buffer, 0, (int) Math.min(buffer.length, size - written));
			}
		}
	}

	private static void run(String... command) throws IOException, InterruptedException {
		int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
		if (exit != 0) {
			throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
		}
	}

	private static double mbPerSecond(long bytes, long nanos) {
		return (bytes / 1048576.0) / (nanos / 1e9);
	}

	private static long timed(Step step) throws Exception {
		long start = System.nanoTime();
		step.run();
		return System.nanoTime() - start;
	}

	interface Step {
		void run() throws Exception;
	}

	/** Highest heap use seen by a sampler thread (absolute, not above a baseline: this is what -Xmx must cover). */
	static final class PeakHeap {

		private final AtomicLong peak = new AtomicLong();

		private final Thread sampler;

		private volatile boolean running = true;

		private PeakHeap() {
			sampler = new Thread(() -> {
				while (running) {
					peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(5);
					}
					catch (InterruptedException e) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();
		}

		static PeakHeap start() {
			System.gc();
			return new PeakHeap();
		}

		long stop() throws InterruptedException {
			running = false;
			sampler.join();
			return peak.get();
		}
	}
}
