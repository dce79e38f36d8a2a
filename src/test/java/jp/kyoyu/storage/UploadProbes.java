package jp.kyoyu.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the streamed-upload tests look at while a request body is still arriving: the store's own temp file (the
 * bytes go there, not to the container's multipart directory), the regular files left in a directory, and the
 * answer read off a raw socket (the tests write the body by hand to stop half-way).
 */
final class UploadProbes {

	private UploadProbes() {
	}

	/** Waits until the store holds exactly one temp file with bytes in it, the upload under way. */
	static Path awaitOneTempFile(ObjectFiles files) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			List<Path> temp = files.tempFiles();
			if (temp.size() == 1 && Files.size(temp.get(0)) > 0) {
				return temp.get(0);
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the upload never reached the store: " + files.tempFiles());
	}

	static List<Path> filesIn(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}

	/** A raw HTTP/1.1 answer read off the socket: its head and, by Content-Length, its body. */
	static String response(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
			int next = in.read();
			if (next == -1) {
				break;
			}
			head.write(next);
		}
		String headers = head.toString(StandardCharsets.UTF_8);
		var length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(headers);
		byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes();
		return headers + new String(body, StandardCharsets.UTF_8);
	}
}
