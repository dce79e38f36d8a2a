package jp.kyoyu.shared.web;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.tomcat.util.http.fileupload.FileItemHeaders;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.util.Streams;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart/form-data body read part by part as it arrives, each part's content a stream that ends at the next
 * boundary. Written for speed because Tomcat's own streaming parser (its copy of Commons FileUpload) hands out at
 * most 4 KB per read and ran at about 40 MB/s on our machines, a tenth of a durable disk copy (issue #21): here
 * the boundary is searched in a 256 KB buffer and a read returns everything before it. Part headers are still
 * parsed by Tomcat's code ({@link FileUpload#getParsedHeaders}, file names in UTF-8, RFC 2231), and a NUL in a
 * file name is Tomcat's {@code InvalidFileNameException}, as before.
 */
final class MultipartBody {

	private static final int BUFFER = 256 * 1024;

	private static final int MAX_HEADER_BYTES = 8 * 1024;

	private static final FileUpload HEADERS = new FileUpload();

	private final InputStream in;

	/** {@code CRLF--boundary}; the body is read as if it began with CRLF, so the first boundary looks the same. */
	private final byte[] delimiter;

	/**
	 * How far the scan may jump when the byte under the delimiter's last position is this one (Boyer-Moore-Horspool):
	 * a byte that is not in the delimiter moves the scan by its whole length, so on a file's bytes the scan looks at
	 * about one byte in 40 instead of every one (issue #21, "where the CPU goes").
	 */
	private final int[] shift = new int[256];

	private final long maxRequestSize;

	/** Bytes before this index (from {@code head}) are known to start no delimiter: not scanned again. */
	private int scannedTo;

	private final byte[] buffer = new byte[BUFFER];

	private int head;

	private int tail;

	private long received;

	private boolean endOfInput;

	private boolean finished;

	private PartContent current;

	MultipartBody(InputStream in, String boundary, long maxRequestSize) {
		this.in = in;
		this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		java.util.Arrays.fill(shift, delimiter.length);
		for (int i = 0; i < delimiter.length - 1; i++) {
			shift[delimiter[i] & 0xff] = delimiter.length - 1 - i;
		}
		this.maxRequestSize = maxRequestSize;
		buffer[0] = '\r';
		buffer[1] = '\n';
		tail = 2;
	}

	/** The boundary of a {@code multipart/form-data; boundary=...} content type, or null. */
	static String boundary(String contentType) {
		byte[] boundary = contentType == null ? null : HEADERS.getBoundary(contentType);
		return boundary == null ? null : new String(boundary, StandardCharsets.ISO_8859_1);
	}

	/** One part: {@code fileName} is null for a form field. */
	record Part(String fieldName, String fileName, String contentType, InputStream content) {

		boolean isFormField() {
			return fileName == null;
		}
	}

	/** The next part, the previous one's rest skipped; null after the closing boundary. */
	Part next() throws IOException {
		if (current == null) {
			current = new PartContent();
			current.transferTo(java.io.OutputStream.nullOutputStream()); // the preamble before the first boundary
		}
		else if (!current.done) {
			current.transferTo(java.io.OutputStream.nullOutputStream());
		}
		if (finished) {
			return null;
		}
		require(2);
		if (buffer[head] == '-' && buffer[head + 1] == '-') {
			finished = true;
			return null;
		}
		String headers = readHeaders();
		FileItemHeaders parsed = HEADERS.getParsedHeaders(headers);
		String fileName = HEADERS.getFileName(parsed);
		if (fileName != null) {
			Streams.checkFileName(fileName);
		}
		current = new PartContent();
		return new Part(HEADERS.getFieldName(parsed), fileName, parsed.getHeader("Content-Type"), current);
	}

	/** After the boundary: transport padding, CRLF, then header lines up to an empty line. */
	private String readHeaders() throws IOException {
		for (int scanned = 0;; ) {
			for (int i = head + scanned; i + 3 < tail; i++) {
				if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
					// the boundary line's own CRLF comes first: headers are what follows it
					int start = head;
					while (start < i && buffer[start] != '\n') {
						start++;
					}
					// Tomcat's header parser wants the empty line that ends them, too
					String text = new String(buffer, start + 1, i + 4 - start - 1, StandardCharsets.UTF_8);
					head = i + 4;
					return text;
				}
			}
			if (tail - head > MAX_HEADER_BYTES) {
				throw new MultipartException("Part headers longer than " + MAX_HEADER_BYTES + " bytes");
			}
			scanned = Math.max(0, tail - head - 3);
			if (!fill()) {
				throw new EOFException("The body ended inside a part's headers");
			}
		}
	}

	/** Makes at least {@code count} bytes available from {@code head}, or fails at the end of the body. */
	private void require(int count) throws IOException {
		while (tail - head < count) {
			if (!fill()) {
				throw new EOFException("The multipart body ended before its closing boundary");
			}
		}
	}

	/** Moves what is left to the buffer's start and reads once more; false at the end of the body. */
	private boolean fill() throws IOException {
		if (endOfInput) {
			return false;
		}
		if (head > 0) {
			System.arraycopy(buffer, head, buffer, 0, tail - head);
			tail -= head;
			scannedTo = Math.max(0, scannedTo - head);
			head = 0;
		}
		int read = in.read(buffer, tail, buffer.length - tail);
		if (read == -1) {
			endOfInput = true;
			return false;
		}
		received += read;
		if (maxRequestSize >= 0 && received > maxRequestSize) {
			throw new MaxUploadSizeExceededException(maxRequestSize);
		}
		tail += read;
		return true;
	}

	/**
	 * Where the delimiter starts in the buffer, or -1. Positions checked by an earlier call (the caller read less
	 * than was safe, or more bytes arrived) are not checked again.
	 */
	private int delimiterAt() {
		int last = delimiter.length - 1;
		byte lastByte = delimiter[last];
		int i = Math.max(head, scannedTo);
		while (i + last < tail) {
			byte under = buffer[i + last];
			if (under == lastByte && startsDelimiter(i)) {
				scannedTo = i;
				return i;
			}
			i += shift[under & 0xff];
		}
		scannedTo = i;
		return -1;
	}

	private boolean startsDelimiter(int at) {
		for (int j = 0; j < delimiter.length - 1; j++) {
			if (buffer[at + j] != delimiter[j]) {
				return false;
			}
		}
		return true;
	}

	/** A part's bytes up to the next delimiter, which it consumes. */
	private final class PartContent extends InputStream {

		private boolean done;

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			if (done) {
				return -1;
			}
			while (true) {
				if (tail - head < delimiter.length && !endOfInput) {
					fill();
					continue;
				}
				int at = delimiterAt();
				int safe = at >= 0 ? at - head : tail - head - (delimiter.length - 1);
				if (safe > 0) {
					int count = Math.min(length, safe);
					System.arraycopy(buffer, head, target, offset, count);
					head += count;
					return count;
				}
				if (at == head) {
					head += delimiter.length;
					done = true;
					return -1;
				}
				if (!fill()) {
					throw new EOFException("The multipart body ended before its closing boundary");
				}
			}
		}
	}
}
