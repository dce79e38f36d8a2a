package jp.kyoyu.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP/1.1 request on its own connection whose body is a few bytes, a range of a file, and a few bytes more,
 * the file's range sent by the kernel ({@link FileChannel#transferTo}, sendfile): the benchmark's client in the
 * same JVM as the server then costs next to no CPU of ours, so the CPU seconds measured are the server's (issue
 * #21, "where the CPU goes"). The JDK's HttpClient spent about as much CPU sending a file as the server spent
 * taking it. Answers the status and the raw answer (headers and body) for error messages.
 */
final class SendfileRequest {

	private final int port;

	private final String method;

	private final String path;

	private final Map<String, String> headers = new LinkedHashMap<>();

	SendfileRequest(int port, String method, String path) {
		this.port = port;
		this.method = method;
		this.path = path;
	}

	SendfileRequest header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	record Answer(int status, String raw) {
	}

	Answer send(byte[] head, Path file, long from, long length, byte[] tail) throws IOException {
		StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
			.append("Host: localhost:").append(port).append("\r\n")
			.append("Connection: close\r\n")
			.append("Content-Length: ").append(head.length + length + tail.length).append("\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("\r\n");
		try (SocketChannel socket = SocketChannel.open(new InetSocketAddress("localhost", port));
				FileChannel source = FileChannel.open(file, StandardOpenOption.READ)) {
			try {
				writeFully(socket, ByteBuffer.wrap(request.toString().getBytes(StandardCharsets.UTF_8)));
				writeFully(socket, ByteBuffer.wrap(head));
				for (long position = from, end = from + length; position < end; ) {
					position += source.transferTo(position, end - position, socket);
				}
				writeFully(socket, ByteBuffer.wrap(tail));
			}
			catch (IOException e) {
				// the server may answer (a refusal) and close before the body is sent: read what it said
			}
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
			while (socket.read(buffer) != -1) {
				answer.write(buffer.array(), 0, buffer.position());
				buffer.clear();
			}
			String raw = answer.toString(StandardCharsets.UTF_8);
			if (!raw.startsWith("HTTP/1.1 ")) {
				throw new IOException("No HTTP answer: " + raw);
			}
			return new Answer(Integer.parseInt(raw.substring(9, 12)), raw);
		}
	}

	private static void writeFully(SocketChannel socket, ByteBuffer bytes) throws IOException {
		while (bytes.hasRemaining()) {
			socket.write(bytes);
		}
	}
}
