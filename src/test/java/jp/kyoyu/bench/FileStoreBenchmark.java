package jp.kyoyu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.StoredFile;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.ProjectFixtures;

/**
 * Upload ({@code FileStore.store}: stream, SHA-256, fsync, rename) and download ({@code open} read to the
 * end) of one large file, against {@code cp} of the same file in the same run, with the peak heap. Size in MB
 * from {@code -Dbench.size-mb} (default 1024). Asserts nothing. Run (docs/performance.md):
 * {@code ./mvnw test -Dexcluded.test.groups= -Dtest=FileStoreBenchmark -Dbench.size-mb=2048 -DargLine=-Xmx512m}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FileStoreBenchmark {

	/**
	 * The HTTP uploads' client: {@code sendfile} (default; the kernel sends the file, see {@link SendfileRequest})
	 * or {@code jdk} (the JDK HttpClient, as until 2026-12-08: it costs about as much CPU as the server).
	 */
	private static final String CLIENT = System.getProperty("bench.client", "sendfile");

	@Autowired
	FileStore store;

	@LocalServerPort
	int port;

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

	/**
	 * Uploads through HTTP (issue #21), on loopback, three different files of {@code bench.size-mb} MB (default
	 * 1024) in one run: {@code cp} + {@code sync} of the file, the multipart upload of it as a proposal attachment,
	 * and the resumable upload (create, {@code PATCH} in 64 MB chunks, finish) into a project. Both uploads use one
	 * logged-in session (cookie + CSRF header) so the password hash of Basic is not measured. Peak heap as above.
	 * Run: {@code ./mvnw test -Dexcluded.test.groups= -Dtest=FileStoreBenchmark#httpUploadsAgainstCpSync -DargLine=-Xmx512m}.
	 */
	@Test
	void httpUploadsAgainstCpSync() throws Exception {
		long size = Long.getLong("bench.size-mb", 1024) << 20;
		long chunk = Long.getLong("bench.chunk-mb", 64) << 20;
		long project = new ProjectFixtures(port).works("HTTP アップロード測定").member("genba", "SITE_AGENT").create();
		BrowserlessClient session = new BrowserlessClient(port);
		session.login("genba", "Kyoyu#Demo2026");
		String csrf = BrowserlessClient.csrfToken(session.get("/").body());
		long proposal = id(session.send(json(session, csrf, "POST", "/api/v1/projects/" + project + "/proposals",
				"{\"type\":\"worksMeetingRecord\",\"title\":\"HTTP アップロード\"}")));
		long post = id(session.send(json(session, csrf, "POST", "/api/v1/projects/" + project + "/posts",
				"{\"title\":\"HTTP アップロード\",\"body\":\"測定\"}")));
		long matter = id(session.send(json(session, csrf, "POST", "/api/v1/projects/" + project + "/consultations",
				"{\"title\":\"HTTP アップロード\",\"body\":\"測定\"}")));
		long folder = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(expect(session.send(json(session, csrf, "GET", "/api/v1/projects/" + project + "/folders", null)), 200)
				.body())
			.get(0).get("id").asLong();
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
		Path dir = Files.createTempDirectory("kyoyu-bench-http");
		System.out.printf("http upload  %,d MB x 3 files, chunks %,d MB, max heap %,d MB, JDK %s, %d cores%n", size >> 20,
				chunk >> 20, Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		try {
			for (int file = 1; file <= 3; file++) {
				Path source = dir.resolve("source-" + file + ".bin");
				writeRandom(source, size, file);
				Path target = dir.resolve("cp-sync-" + file + ".bin");
				long cpSync = timed(() -> run("sh", "-c", "cp '" + source + "' '" + target + "' && sync"));
				Files.delete(target);

				PeakHeap heap = PeakHeap.start();
				CpuBySide multipartCpu = new CpuBySide();
				long multipart = timed(() -> multipartUpload(port, session, csrf, "/api/v1/proposals/" + proposal + "/attachments",
						"kind", "DRAWING", source));
				CpuBySide.Split multipartSplit = multipartCpu.stop();
				CpuBySide resumableCpu = new CpuBySide();
				long resumable = timed(() -> {
					String upload = new com.fasterxml.jackson.databind.ObjectMapper()
						.readTree(expect(session.send(json(session, csrf, "POST", "/api/v1/projects/" + project + "/uploads",
								"{\"name\":\"写真.bin\",\"size\":" + size + ",\"contentType\":\"application/octet-stream\"}")), 201)
							.body())
						.get("id").asText();
					for (long offset = 0; offset < size; offset += chunk) {
						patchChunk(session, csrf, "/api/v1/uploads/" + upload, source, offset, Math.min(chunk, size - offset));
					}
					expect(session.send(json(session, csrf, "POST", "/api/v1/uploads/" + upload + "/finish", null)), 200);
				});
				CpuBySide.Split resumableSplit = resumableCpu.stop();
				// the other upload paths streamed once by issue #21, each against the same cp + sync
				long register = timed(() -> multipartUpload(port, session, csrf, "/api/v1/folders/" + folder + "/documents",
						"category", "図面\r\n--%s\r\nContent-Disposition: form-data; name=\"date\"\r\n\r\n" + today, source));
				long boardFile = timed(() -> multipartUpload(port, session, csrf, "/api/v1/posts/" + post + "/attachments", null,
						null, source));
				long matterFile = timed(() -> multipartUpload(port, session, csrf, "/api/v1/consultations/" + matter + "/files",
						null, null, source));
				System.out.printf("http upload  file %d  document register: %7.0f MB/s (%.2f x) | board file: %7.0f MB/s (%.2f x)"
						+ " | consultation file: %7.0f MB/s (%.2f x)%n", file, mbPerSecond(size, register),
						(double) cpSync / register, mbPerSecond(size, boardFile), (double) cpSync / boardFile,
						mbPerSecond(size, matterFile), (double) cpSync / matterFile);
				long peak = heap.stop();
				System.out.printf("http upload  file %d  cp + sync: %7.0f MB/s | multipart to an attachment: %7.0f MB/s (%.2f x)"
						+ " | resumable, %d MB chunks: %7.0f MB/s (%.2f x) | peak heap used %,d MB, live after GC %,d MB%n", file,
						mbPerSecond(size, cpSync), mbPerSecond(size, multipart), (double) cpSync / multipart, chunk >> 20,
						mbPerSecond(size, resumable), (double) cpSync / resumable, peak >> 20, heap.peakLive() >> 20);
				// CPU of this JVM (client and server both): on a machine shared with other builds the wall-clock figures
				// above measure the CPU share we got; this says what one free core would give
				// (the client is the sendfile one unless -Dbench.client=jdk: then the JDK HttpClient's share is in "client")
				System.out.printf("http upload  file %d  CPU seconds of this JVM, %s client: multipart %s, %.0f MB per CPU-second;"
						+ " resumable %s, %.0f MB per CPU-second%n", file, CLIENT, multipartSplit,
						mbPerSecond(size, (long) (multipartSplit.total() * 1e9)), resumableSplit,
						mbPerSecond(size, (long) (resumableSplit.total() * 1e9)));
				Files.delete(source);
			}
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

	/**
	 * One multipart POST of {@code source} as part {@code file}, after one field (none when {@code field} is null;
	 * a {@code %s} in its value is the boundary, so a value can hold a further field).
	 */
	static void multipartUpload(int port, BrowserlessClient session, String csrf, String path, String field, String value,
			Path source) throws Exception {
		String boundary = "kyoyu-bench-" + UUID.randomUUID();
		String fields = field == null ? ""
				: "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n"
						+ value.replace("%s", boundary) + "\r\n";
		byte[] head = (fields + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"図面.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		if (CLIENT.equals("sendfile")) {
			SendfileRequest.Answer added = new SendfileRequest(port, "POST", path).header("Cookie", session.cookieHeader())
				.header("X-CSRF-TOKEN", csrf)
				.header("Accept", "application/json")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.send(head, source, 0, Files.size(source), tail);
			expect(added, 201);
			return;
		}
		HttpResponse<String> added = session.send(HttpRequest.newBuilder(URI.create(session.url(path)))
			.header("X-CSRF-TOKEN", csrf)
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(source), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build());
		expect(added, 201);
	}

	static long cpuTime() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** One chunk of a resumable upload: bytes {@code offset} to {@code offset + length} of {@code source}. */
	private void patchChunk(BrowserlessClient session, String csrf, String path, Path source, long offset,
			long length) throws Exception {
		if (CLIENT.equals("sendfile")) {
			expect(new SendfileRequest(port, "PATCH", path).header("Cookie", session.cookieHeader())
				.header("X-CSRF-TOKEN", csrf)
				.header("Accept", "application/json")
				.header("Upload-Offset", String.valueOf(offset))
				.header("Content-Type", "application/offset+octet-stream")
				.send(new byte[0], source, offset, length, new byte[0]), 200);
			return;
		}
		expect(session.send(HttpRequest.newBuilder(URI.create(session.url(path)))
			.header("X-CSRF-TOKEN", csrf)
			.header("Accept", "application/json")
			.header("Upload-Offset", String.valueOf(offset))
			.header("Content-Type", "application/offset+octet-stream")
			.method("PATCH", HttpRequest.BodyPublishers.fromPublisher(
					HttpRequest.BodyPublishers.ofInputStream(() -> slice(source, offset, length)), length))
			.build()), 200);
	}

	private static void expect(SendfileRequest.Answer answer, int status) {
		if (answer.status() != status) {
			throw new IllegalStateException(answer.raw());
		}
	}

	static HttpRequest json(BrowserlessClient session, String csrf, String method, String path, String body) {
		return HttpRequest.newBuilder(URI.create(session.url(path)))
			.header("X-CSRF-TOKEN", csrf)
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
	}

	static HttpResponse<String> expect(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response;
	}

	static long id(HttpResponse<String> response) throws IOException {
		return new com.fasterxml.jackson.databind.ObjectMapper().readTree(expect(response, 201).body()).get("id").asLong();
	}

	private static InputStream slice(Path file, long offset, long length) {
		try {
			InputStream in = Files.newInputStream(file);
			in.skipNBytes(offset);
			return new java.io.FilterInputStream(in) {

				long left = length;

				@Override
				public int read() throws IOException {
					return left-- > 0 ? super.read() : -1;
				}

				@Override
				public int read(byte[] buffer, int from, int count) throws IOException {
					if (left <= 0) {
						return -1;
					}
					int read = super.read(buffer, from, (int) Math.min(count, left));
					if (read > 0) {
						left -= read;
					}
					return read;
				}
			};
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
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

	static void writeRandom(Path file, long size) throws IOException {
		writeRandom(file, size, 42);
	}

	static void writeRandom(Path file, long size, long seed) throws IOException {
		byte[] buffer = new byte[1 << 20];
		Random random = new Random(seed);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < size; written += buffer.length) {
				random.nextBytes(buffer);
				out.write(buffer, 0, (int) Math.min(buffer.length, size - written));
			}
		}
	}

	static void run(String... command) throws IOException, InterruptedException {
		int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
		if (exit != 0) {
			throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
		}
	}

	static double mbPerSecond(long bytes, long nanos) {
		return (bytes / 1048576.0) / (nanos / 1e9);
	}

	static long timed(Step step) throws Exception {
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

		/** The heap still in use after the collections (garbage not counted): what the uploads really keep. */
		private final AtomicLong peakLive = new AtomicLong();

		private final Thread sampler;

		private volatile boolean running = true;

		private PeakHeap() {
			sampler = new Thread(() -> {
				while (running) {
					peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
					long live = 0;
					for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
						if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
							live += pool.getCollectionUsage().getUsed();
						}
					}
					peakLive.accumulateAndGet(live, Math::max);
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

		long peakLive() {
			return peakLive.get();
		}
	}
}
