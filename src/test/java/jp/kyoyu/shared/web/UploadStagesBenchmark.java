package jp.kyoyu.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

/**
 * What each stage of an upload costs the server's thread, in CPU seconds per 256 MB, measured one stage at a time
 * in memory (issue #21, "where the CPU goes"): a JFR profile of the warm upload does not show them, because the
 * JIT's intrinsics for SHA-256, AES and GHASH and {@code System.arraycopy} run as stubs whose samples JFR drops.
 * CPU time of this thread (user and kernel), so the figures hold on a loaded machine. Asserts nothing. Run:
 * {@code ./mvnw -B -o test -Dexcluded.test.groups= -Dtest=UploadStagesBenchmark}.
 */
@Tag("benchmark")
class UploadStagesBenchmark {

	private static final int MB = 1 << 20;

	private static final int SIZE = 256 * MB;

	/** Tomcat hands the body on in reads of about this much (its socket read buffer plus the header buffer). */
	private static final int NETWORK_READ = 16 * 1024;

	private static final int READER = 256 * 1024;

	private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

	@Test
	void stages() throws Exception {
		byte[] data = new byte[SIZE];
		new Random(1).nextBytes(data);
		StreamingAeadConfig.register();
		StreamingAead oneMb = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB)
			.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
		StreamingAead fourMb = KeysetHandle.generateNew(AesGcmHkdfStreamingParameters.builder()
			.setKeySizeBytes(32)
			.setDerivedAesGcmKeySizeBytes(32)
			.setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
			.setCiphertextSegmentSizeBytes(4 * MB)
			.build()).getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
		byte[] body = multipartBody(data);
		byte[] delimiter = ("\r\n--" + BOUNDARY).getBytes(StandardCharsets.ISO_8859_1);
		Path file = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "kyoyu-stages", ".bin");
		try {
			// every round printed: the first ones show the JIT warming (the intrinsics come only with C2)
			for (int round = 1; round <= 3; round++) {
				stage(round, "SHA-256 (MessageDigest, 256 KB updates)", () -> {
					MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
					for (int at = 0; at < SIZE; at += READER) {
						sha256.update(data, at, READER);
					}
					sha256.digest();
				});
				stage(round, "AES-256-GCM-HKDF, 1 MB segments (Tink, the key of every project)", () -> encrypt(oneMb, data));
				stage(round, "AES-256-GCM-HKDF, 4 MB segments (Tink)", () -> encrypt(fourMb, data));
				stage(round, "multipart boundary scan, byte by byte (until 2026-12-08)", () -> scanEveryByte(body, delimiter));
				stage(round, "MultipartBody, whole parse (Boyer-Moore-Horspool scan, copy out)", () -> parse(body));
				stage(round, "FileChannel write, 1 MB writes from the heap, then fsync", () -> {
					try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
							StandardOpenOption.TRUNCATE_EXISTING)) {
						for (int at = 0; at < SIZE; at += MB) {
							ByteBuffer chunk = ByteBuffer.wrap(data, at, MB);
							while (chunk.hasRemaining()) {
								channel.write(chunk);
							}
						}
						channel.force(true);
					}
				});
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void encrypt(StreamingAead key, byte[] data) throws Exception {
		try (OutputStream out = key.newEncryptingStream(OutputStream.nullOutputStream(), new byte[] { 1 })) {
			for (int at = 0; at < SIZE; at += READER) {
				out.write(data, at, READER);
			}
		}
	}

	private static void parse(byte[] body) throws IOException {
		MultipartBody multipart = new MultipartBody(networkReads(body), BOUNDARY, -1);
		byte[] buffer = new byte[READER];
		long total = 0;
		for (MultipartBody.Part part = multipart.next(); part != null; part = multipart.next()) {
			for (int read; (read = part.content().read(buffer)) != -1; ) {
				total += read;
			}
		}
		if (total != SIZE) {
			throw new IllegalStateException("parsed " + total + " bytes");
		}
	}

	/** The scan MultipartBody had until 2026-12-08: every byte compared against CR, then the rest. */
	private static void scanEveryByte(byte[] body, byte[] delimiter) {
		int found = 0;
		for (int start = 0; start < body.length; start += READER) {
			int last = Math.min(body.length, start + READER) - delimiter.length;
			for (int i = start; i <= last; i++) {
				if (body[i] == '\r' && body[i + 1] == '\n') {
					int j = 2;
					while (j < delimiter.length && body[i + j] == delimiter[j]) {
						j++;
					}
					if (j == delimiter.length) {
						found++;
					}
				}
			}
		}
		if (found == 0) {
			throw new IllegalStateException("no delimiter found");
		}
	}

	private static byte[] multipartBody(byte[] data) {
		byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + data.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(data, 0, body, head.length, data.length);
		System.arraycopy(tail, 0, body, head.length + data.length, tail.length);
		return body;
	}

	private static InputStream networkReads(byte[] bytes) {
		return new ByteArrayInputStream(bytes) {

			@Override
			public synchronized int read(byte[] target, int offset, int length) {
				return super.read(target, offset, Math.min(length, NETWORK_READ));
			}
		};
	}

	private static void stage(int round, String name, Step step) throws Exception {
		long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		long wall = System.nanoTime();
		step.run();
		double seconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9;
		System.out.printf("upload stage  round %d  %-70s %6.3f CPU-s per 256 MB (%,6.0f MB per CPU-second; wall %.2f s)%n",
				round, name, seconds, 256 / seconds, (System.nanoTime() - wall) / 1e9);
	}

	interface Step {
		void run() throws Exception;
	}
}
