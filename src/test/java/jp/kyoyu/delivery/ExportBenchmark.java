package jp.kyoyu.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * ZIP export of a generated project tree ({@code -Dbench.files}, default 10,000 files, {@code -Dbench.size-mb},
 * default 5,120 MB, in 20 folders) against {@code zip -r -0 -q} of the same tree in the same run, with the peak
 * heap during the export. Asserts nothing; results in docs/performance.md. Run:
 * {@code ./mvnw test -Dexcluded.test.groups= -Dtest=ExportBenchmark -Dbench.size-mb=5120 -DargLine=-Xmx256m}.
 * The tree is read through {@link ExportFile.Content} from plain files, as the document source reads the file store.
 */
@Tag("benchmark")
class ExportBenchmark {

	@Test
	void zipExportAgainstZipMinusZero() throws Exception {
		int count = Integer.getInteger("bench.files", 10_000);
		long size = Long.getLong("bench.size-mb", 5_120) << 20;
		Path dir = Files.createTempDirectory("kyoyu-export-bench");
		try {
			Path tree = dir.resolve("tree");
			ExportTree exportTree = generate(tree, count, size);
			System.gc();
			long zip = timed(() -> run(tree, "zip", "-r", "-0", "-q", dir.resolve("zip.zip").toString(), "."));
			HeapPeak peak = new HeapPeak();
			long ours = timed(() -> {
				RegisteredLayout layout = new RegisteredLayout();
				try (ZipSink sink = new ZipSink(dir.resolve("ours.zip"))) {
					layout.write(layout.plan(exportTree, ""), sink, Progress.NONE);
				}
			});
			long heap = peak.stop();
			System.out.printf("export  %,d files, %,d MB, max heap %,d MB, JDK %s, %d cores%n", count, size >> 20,
					Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
					Runtime.getRuntime().availableProcessors());
			System.out.printf("export  zip -r -0:   %6.1f s (%4.0f MB/s), %,d bytes%n", zip / 1e9, (size >> 20) / (zip / 1e9),
					Files.size(dir.resolve("zip.zip")));
			System.out.printf("export  Kyoyu ZIP:   %6.1f s (%4.0f MB/s), %,d bytes, %.2f x zip%n", ours / 1e9,
					(size >> 20) / (ours / 1e9), Files.size(dir.resolve("ours.zip")), (double) ours / zip);
			System.out.printf("export  peak heap used during the export: %,d MB%n", heap >> 20);
		}
		finally {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** {@code count} files of equal size (random bytes, like PDF and JPEG: nothing to compress) in 20 folders. */
	private static ExportTree generate(Path root, int count, long total) throws IOException {
		long each = total / count;
		byte[] buffer = new byte[(int) Math.min(each, 1 << 20)];
		Random random = new Random(42);
		List<ExportFolder> folders = new ArrayList<>();
		for (int f = 0; f < 20; f++) {
			String name = "フォルダ" + f;
			Path folder = Files.createDirectories(root.resolve(name));
			List<ExportDocument> documents = new ArrayList<>();
			for (int i = f; i < count; i += 20) {
				Path file = folder.resolve("書類" + i + ".pdf");
				try (OutputStream out = Files.newOutputStream(file)) {
					for (long written = 0; written < each; written += buffer.length) {
						random.nextBytes(buffer);
						out.write(buffer, 0, (int) Math.min(buffer.length, each - written));
					}
				}
				documents.add(new ExportDocument(i, "書類" + i, null, null, null, null, List.of(),
						List.of(new ExportFile(file.getFileName().toString(), each, "", () -> Files.newInputStream(file)))));
			}
			folders.add(new ExportFolder(f, name, null, List.of(), documents));
		}
		return new ExportTree(folders);
	}

	private static void run(Path workDir, String... command) throws IOException, InterruptedException {
		int exit = new ProcessBuilder(command).directory(workDir.toFile()).inheritIO().start().waitFor();
		if (exit != 0) {
			throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
		}
	}

	private static long timed(Step step) throws Exception {
		long start = System.nanoTime();
		step.run();
		return System.nanoTime() - start;
	}

	interface Step {

		void run() throws Exception;
	}

	/** Highest heap use seen by a sampler thread, absolute (what -Xmx must cover). */
	static final class HeapPeak {

		private final AtomicLong peak = new AtomicLong();

		private volatile boolean running = true;

		private final Thread sampler = new Thread(() -> {
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

		HeapPeak() {
			sampler.setDaemon(true);
			sampler.start();
		}

		long stop() throws InterruptedException {
			running = false;
			sampler.join();
			return peak.get();
		}
	}
}
