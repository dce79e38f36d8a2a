package jp.kyoyu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The streaming multipart reader of issue #21 on its own: parts, near-boundaries in content, broken bodies, limits. */
class MultipartBodyTests {

	static final String BOUNDARY = "kyoyu-boundary-123";

	/** Content that holds every prefix of the delimiter, but never the whole of it. */
	static final byte[] TRICKY = ("ab\r\n--kyoyu-boundary-12\r\n-x\r\n--kyoyu-boundary-1\r\r\n-\r")
		.getBytes(StandardCharsets.UTF_8);

	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 7, 1000, 1 << 20 })
	void partsComeWholeWhateverTheReadsTheNetworkGives(int readSize) throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("preamble\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nDRAWING\r\n--"
				+ BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"平面図 1.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(TRICKY);
		body.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n--" + BOUNDARY
				+ "--\r\nepilogue").getBytes(StandardCharsets.UTF_8));
		MultipartBody multipart = new MultipartBody(trickle(body.toByteArray(), readSize),
				MultipartBody.boundary("multipart/form-data; boundary=" + BOUNDARY), -1);
		List<String> seen = new ArrayList<>();
		for (MultipartBody.Part part = multipart.next(); part != null; part = multipart.next()) {
			byte[] content = part.content().readAllBytes();
			seen.add(part.fieldName() + "|" + part.fileName() + "|" + part.contentType() + "|"
					+ (part.isFormField() ? new String(content, StandardCharsets.UTF_8) : Arrays.equals(content, TRICKY)));
		}
		assertThat(seen).containsExactly("kind|null|null|DRAWING", "file|平面図 1.pdf|application/pdf|true",
				"empty|null|null|");
	}

	/**
	 * The scan jumps over bytes (Boyer-Moore-Horspool) and does not look at bytes twice: files made of pieces of the
	 * delimiter (every prefix, every suffix, the delimiter with one byte changed) and random bytes come out whole,
	 * whatever the network's reads and the reader's own read sizes are.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void filesOfDelimiterPiecesComeOutWholeWhateverTheReadSizes(long seed) throws Exception {
		java.util.Random random = new java.util.Random(seed);
		byte[] delimiter = ("\r\n--" + BOUNDARY).getBytes(StandardCharsets.ISO_8859_1);
		List<byte[]> files = new ArrayList<>();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int file = 0; file < 3; file++) {
			ByteArrayOutputStream content = new ByteArrayOutputStream();
			while (content.size() < 300_000) {
				int from = random.nextInt(delimiter.length);
				int to = from + 1 + random.nextInt(delimiter.length - from);
				switch (random.nextInt(4)) {
					case 0 -> content.write(delimiter, 0, to - (to == delimiter.length ? 1 : 0)); // a prefix, never all
					case 1 -> content.write(delimiter, from == 0 ? 1 : from, delimiter.length - (from == 0 ? 1 : from));
					case 2 -> {
						byte[] almost = delimiter.clone();
						almost[random.nextInt(almost.length)] ^= 0x20;
						content.writeBytes(almost);
					}
					default -> {
						byte[] noise = new byte[random.nextInt(5000)];
						random.nextBytes(noise);
						content.writeBytes(noise);
					}
				}
			}
			byte[] bytes = content.toByteArray();
			if (indexOf(bytes, delimiter) >= 0) {
				continue; // random bytes made the delimiter itself: a body no client would send
			}
			files.add(bytes);
			body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file
					+ ".bin\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(bytes);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		MultipartBody multipart = new MultipartBody(randomReads(body.toByteArray(), random), BOUNDARY, -1);
		List<byte[]> seen = new ArrayList<>();
		for (MultipartBody.Part part = multipart.next(); part != null; part = multipart.next()) {
			ByteArrayOutputStream content = new ByteArrayOutputStream();
			byte[] chunk = new byte[70_000];
			for (int read; (read = part.content().read(chunk, 0, 1 + random.nextInt(chunk.length))) != -1; ) {
				content.write(chunk, 0, read);
			}
			seen.add(content.toByteArray());
		}
		assertThat(seen).hasSameSizeAs(files);
		for (int i = 0; i < files.size(); i++) {
			assertThat(seen.get(i)).as("file %d", i).isEqualTo(files.get(i));
		}
	}

	private static int indexOf(byte[] bytes, byte[] pattern) {
		outer: for (int i = 0; i + pattern.length <= bytes.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (bytes[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static InputStream randomReads(byte[] bytes, java.util.Random random) {
		return new FilterInputStream(new ByteArrayInputStream(bytes)) {

			@Override
			public int read(byte[] target, int offset, int length) throws IOException {
				return super.read(target, offset, Math.min(length, 1 + random.nextInt(random.nextBoolean() ? 64 : 40_000)));
			}
		};
	}

	@Test
	void aBodyThatEndsInsideAFileIsAnErrorNotAShortFile() throws Exception {
		byte[] cut = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n"
				+ "only half of it").getBytes(StandardCharsets.UTF_8);
		MultipartBody.Part file = new MultipartBody(new ByteArrayInputStream(cut), BOUNDARY, -1).next();
		assertThatThrownBy(() -> file.content().readAllBytes()).isInstanceOf(EOFException.class);
	}

	@Test
	void moreThanTheRequestLimitIsRefusedWhileReading() throws Exception {
		byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n"
				+ "x".repeat(10_000) + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		MultipartBody.Part file = new MultipartBody(trickle(body, 1000), BOUNDARY, 5_000).next();
		assertThatThrownBy(() -> file.content().readAllBytes()).isInstanceOf(MaxUploadSizeExceededException.class);
	}

	@Test
	void aNulInAFileNameIsTomcatsRefusal() {
		byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\0.bin\"\r\n\r\nx\r\n--"
				+ BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> new MultipartBody(new ByteArrayInputStream(body), BOUNDARY, -1).next())
			.isInstanceOf(InvalidFileNameException.class);
	}

	private static InputStream trickle(byte[] bytes, int readSize) {
		return new FilterInputStream(new ByteArrayInputStream(bytes)) {

			@Override
			public int read(byte[] target, int offset, int length) throws IOException {
				return super.read(target, offset, Math.min(length, readSize));
			}
		};
	}
}
