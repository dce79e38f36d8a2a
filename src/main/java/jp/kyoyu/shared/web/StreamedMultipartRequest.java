package jp.kyoyu.shared.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.AbstractMultipartHttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * A multipart request read as it arrives (issue #21, *Uploads through HTTP*): the form fields before the first file
 * are read at once (small, bounded), the file is handed to the controller as a {@link MultipartFile} whose stream is
 * the request body itself, so the storage module hashes and encrypts it on its way in. Nothing is written to the
 * container's multipart directory and nothing is read twice. Parsing is {@link MultipartBody}'s (part headers by
 * Tomcat's code), which reads into one 256 KB buffer and never onto disk.
 * <p>
 * What cannot be known before the file has passed: fields sent <em>after</em> it. Reaching the end of the file, the
 * stream reads the rest of the body; a non-empty field there is refused (400, naming it) before the upload is
 * stored, so it is never silently ignored. Further files after the first are read and dropped, as Spring's binding
 * of one {@code MultipartFile} did — unless the handler takes them one after the other through
 * {@link ArrivingFiles} (several files of one form: the document register, a new post, a new consultation).
 * A file part without a name (an empty file input of a form) is no file: it is skipped wherever it comes.
 */
final class StreamedMultipartRequest extends AbstractMultipartHttpServletRequest {

	/** Form fields are text typed by a user (a kind, an id): a bound on them keeps an unauthenticated body small. */
	static final int MAX_FIELD_BYTES = 64 * 1024;

	private static final int MAX_FIELDS = 100;

	private final Map<String, List<String>> parameters = new LinkedHashMap<>();

	private MultipartBody items;

	/** {@code spring.servlet.multipart.max-file-size}: counted here as Tomcat did, besides the store's own limit. */
	private final long maxFileSize;

	/** A refusal met while reading the head of the body, thrown when the handler asks for the parts. */
	private RuntimeException deferred;

	/** The first file, handed to Spring's binding of one {@code MultipartFile}; null when none was sent. */
	private LiveFile first;

	/** The file whose bytes are being read or are next to be read, then the one after it ({@link ArrivingFiles}). */
	private LiveFile arriving;

	/** Set by {@link ArrivingFiles}: at the end of a file, stop at the next one instead of dropping it. */
	private boolean sequential;

	/** After the closing boundary, or after a refusal: nothing more is read. */
	private boolean over;

	StreamedMultipartRequest(HttpServletRequest request, long maxFileSize, long maxRequestSize) {
		super(request);
		this.maxFileSize = maxFileSize;
		UriComponentsBuilder.fromUriString("?" + (request.getQueryString() == null ? "" : request.getQueryString()))
			.build()
			.getQueryParams()
			.forEach((name, values) -> values.forEach(value -> add(decode(name), value == null ? "" : decode(value))));
		String boundary = MultipartBody.boundary(request.getContentType());
		try {
			if (boundary == null) {
				throw new MultipartException("No boundary in " + request.getContentType());
			}
			if (maxRequestSize >= 0 && request.getContentLengthLong() > maxRequestSize) {
				// refused before a byte of the body is read, as Tomcat's parser did
				throw new MaxUploadSizeExceededException(maxRequestSize);
			}
			items = new MultipartBody(request.getInputStream(), boundary, maxRequestSize);
			readUpToFirstFile();
		}
		catch (MultipartException e) {
			deferred = e;
		}
		catch (IOException e) {
			deferred = new MultipartException("Could not read the multipart request", e);
		}
		if (deferred != null) {
			setMultipartFiles(new LinkedMultiValueMap<>());
		}
	}

	/**
	 * Fields until the first file, which becomes the request's one {@link MultipartFile}. Throws
	 * {@link org.apache.tomcat.util.http.fileupload.InvalidFileNameException} for a NUL in its name.
	 */
	private void readUpToFirstFile() throws IOException {
		MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
		int fields = 0;
		for (MultipartBody.Part item = items.next(); item != null; item = items.next()) {
			if (item.isFormField()) {
				if (++fields > MAX_FIELDS) {
					throw new MultipartException("More than " + MAX_FIELDS + " form fields");
				}
				add(item.fieldName(), readField(item));
				continue;
			}
			if (isNoFile(item)) {
				continue; // an empty file input; next() skips its (empty) content
			}
			first = new LiveFile(item);
			arriving = first;
			files.add(item.fieldName(), first);
			break;
		}
		over = first == null;
		setMultipartFiles(files);
	}

	/** A browser sends an empty file input as a file part with an empty name (and no bytes): no file. */
	private static boolean isNoFile(MultipartBody.Part item) {
		return item.fileName().isBlank();
	}

	private static String readField(MultipartBody.Part item) throws IOException {
		byte[] value = item.content().readNBytes(MAX_FIELD_BYTES + 1);
		if (value.length > MAX_FIELD_BYTES) {
			throw new MultipartException("Form field " + item.fieldName() + " is longer than " + MAX_FIELD_BYTES);
		}
		return new String(value, StandardCharsets.UTF_8);
	}

	/**
	 * At the end of the file: the rest of the body. A field there would have been missing when the handler's
	 * arguments were bound, so it is refused instead of ignored.
	 */
	private void afterFile() throws IOException {
		arriving = null;
		for (MultipartBody.Part item = items.next(); item != null; item = items.next()) {
			if (item.isFormField()
					&& !new String(item.content().readNBytes(MAX_FIELD_BYTES), StandardCharsets.UTF_8).isBlank()) {
				over = true;
				throw new InvalidInputException(item.fieldName(),
						Wording.of("error.request.field-after-file", item.fieldName()));
			}
			if (sequential && !item.isFormField() && !isNoFile(item)) {
				arriving = new LiveFile(item);
				return;
			}
			// a further file of a single-file operation: skipped by next(), as Spring's binding of one
			// MultipartFile ignored it
		}
		over = true;
	}

	/**
	 * The files of {@code field} in the order sent, each read once and only after the one before it (a file not
	 * read to its end is skipped when the next is asked for). The first one's name is known before any of its
	 * bytes is read; the names of the others only as they arrive.
	 */
	java.util.Iterator<MultipartFile> files(String field) {
		initializeMultipart();
		sequential = true;
		return new java.util.Iterator<>() {

			/** The file handed out last, skipped to its end before the next one is looked for. */
			private LiveFile given;

			@Override
			public boolean hasNext() {
				try {
					while (true) {
						if (given != null && !given.ended()) {
							given.skipRest();
						}
						if (arriving == null || arriving == given) {
							return false;
						}
						if (arriving.getName().equals(field)) {
							return true;
						}
						given = arriving; // another field's file: not asked for
					}
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}

			@Override
			public MultipartFile next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException();
				}
				given = arriving;
				return given;
			}
		};
	}

	/**
	 * Reads what the handler left of the body, so a page's answer (a form shown again with what the user typed)
	 * reaches the browser instead of a reset connection; the container would otherwise close a connection with
	 * more than {@code max-swallow-size} unread. Stops at a refusal (a limit) without waiting for more.
	 */
	void readRest() {
		if (deferred != null || over) {
			return;
		}
		try {
			while (arriving != null && !over) {
				arriving.skipRest(); // its end reads on to the next file, or to the closing boundary
			}
		}
		catch (IOException | RuntimeException e) {
			// broken off or past a limit: the answer already says what the handler decided
		}
		over = true;
	}

	@Override
	protected void initializeMultipart() {
		if (deferred != null) {
			throw deferred;
		}
	}

	@Override
	public MultiValueMap<String, MultipartFile> getMultipartFiles() {
		initializeMultipart();
		return super.getMultipartFiles();
	}

	private void add(String name, String value) {
		parameters.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(value);
	}

	private static String decode(String text) {
		return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	@Override
	public String getParameter(String name) {
		List<String> values = parameters.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	@Override
	public String[] getParameterValues(String name) {
		List<String> values = parameters.get(name);
		return values == null ? null : values.toArray(String[]::new);
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters.keySet());
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		Map<String, String[]> map = new LinkedHashMap<>();
		parameters.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
		return Collections.unmodifiableMap(map);
	}

	/**
	 * Never the container's parts: asking Tomcat for them would parse what is left of the body into temp files.
	 * The file is {@link #getFile}; the fields are parameters.
	 */
	@Override
	public java.util.Collection<jakarta.servlet.http.Part> getParts() {
		return List.of();
	}

	@Override
	public jakarta.servlet.http.Part getPart(String name) {
		return null;
	}

	@Override
	public String getMultipartContentType(String paramOrFileName) {
		MultipartFile file = getFile(paramOrFileName);
		return file != null ? file.getContentType() : null;
	}

	@Override
	public HttpHeaders getMultipartHeaders(String paramOrFileName) {
		String contentType = getMultipartContentType(paramOrFileName);
		if (contentType == null) {
			return null;
		}
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.CONTENT_TYPE, contentType);
		return headers;
	}

	/** The file part as it arrives: its stream can be read once, to its end, and nothing else holds its bytes. */
	private final class LiveFile implements MultipartFile {

		private final MultipartBody.Part item;

		private boolean opened;

		private BodyStream stream;

		LiveFile(MultipartBody.Part item) {
			this.item = item;
		}

		boolean ended() {
			return stream != null && stream.ended;
		}

		/** Reads the file to its end unseen (the handler did not want it); the next part is then looked at. */
		void skipRest() throws IOException {
			if (stream == null) {
				stream = new BodyStream(item.content());
				opened = true;
			}
			stream.transferTo(java.io.OutputStream.nullOutputStream());
		}

		@Override
		public String getName() {
			return item.fieldName();
		}

		@Override
		public String getOriginalFilename() {
			return item.fileName();
		}

		@Override
		public String getContentType() {
			return item.contentType();
		}

		/** Unknown until it has arrived; never read from here (the store counts and limits it). */
		@Override
		public boolean isEmpty() {
			return false;
		}

		@Override
		public long getSize() {
			return -1;
		}

		@Override
		public byte[] getBytes() {
			throw new UnsupportedOperationException("A streamed upload is not held in memory");
		}

		@Override
		public InputStream getInputStream() throws IOException {
			if (opened) {
				throw new IllegalStateException("A streamed upload can be read only once");
			}
			opened = true;
			stream = new BodyStream(item.content());
			return stream;
		}

		@Override
		public void transferTo(File dest) throws IOException {
			try (InputStream in = getInputStream()) {
				Files.copy(in, dest.toPath(), StandardCopyOption.REPLACE_EXISTING);
			}
		}

		@Override
		public void transferTo(Path dest) throws IOException {
			transferTo(dest.toFile());
		}
	}

	/**
	 * The file's bytes from the request (the request-size limit is counted by {@link MultipartBody}: the same 413
	 * every upload path answers); the end of the file reads on to the next file or the end ({@link #afterFile}).
	 */
	private final class BodyStream extends InputStream {

		private final InputStream in;

		private boolean ended;

		private long count;

		BodyStream(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (ended) {
				return -1;
			}
			int read = in.read(buffer, offset, length);
			if (read > 0 && maxFileSize >= 0 && (count += read) > maxFileSize) {
				throw new MaxUploadSizeExceededException(maxFileSize);
			}
			if (read == -1) {
				ended = true;
				afterFile();
			}
			return read;
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}
}
