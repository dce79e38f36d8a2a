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

import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.impl.FileUploadIOException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;
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
 * container's multipart directory and nothing is read twice. Parsing is Tomcat's own (its copy of Commons
 * FileUpload, already in the JVM), driven through the streaming iterator instead of into temp files.
 * <p>
 * What cannot be known before the file has passed: fields sent <em>after</em> it. Reaching the end of the file, the
 * stream reads the rest of the body; a non-empty field there is refused (400, naming it) before the upload is
 * stored, so it is never silently ignored. Further files after the first are read and dropped, as Spring's binding
 * of one {@code MultipartFile} did.
 */
final class StreamedMultipartRequest extends AbstractMultipartHttpServletRequest {

	/** Form fields are text typed by a user (a kind, an id): a bound on them keeps an unauthenticated body small. */
	static final int MAX_FIELD_BYTES = 64 * 1024;

	private static final int MAX_FIELDS = 100;

	private final Map<String, List<String>> parameters = new LinkedHashMap<>();

	private FileItemIterator items;

	/** A refusal met while reading the head of the body, thrown when the handler asks for the parts. */
	private RuntimeException deferred;

	StreamedMultipartRequest(HttpServletRequest request, long maxFileSize, long maxRequestSize) {
		super(request);
		UriComponentsBuilder.fromUriString("?" + (request.getQueryString() == null ? "" : request.getQueryString()))
			.build()
			.getQueryParams()
			.forEach((name, values) -> values.forEach(value -> add(decode(name), value == null ? "" : decode(value))));
		FileUpload upload = new FileUpload();
		upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
		upload.setSizeMax(maxRequestSize);
		upload.setFileSizeMax(maxFileSize);
		try {
			items = upload.getItemIterator(new ServletRequestContext(request));
			readUpToFirstFile();
		}
		catch (SizeException e) {
			deferred = new MaxUploadSizeExceededException(e.getPermittedSize(), e);
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
		while (items.hasNext()) {
			FileItemStream item = items.next();
			if (item.isFormField()) {
				if (++fields > MAX_FIELDS) {
					throw new FileUploadException("More than " + MAX_FIELDS + " form fields");
				}
				add(item.getFieldName(), readField(item));
				continue;
			}
			files.add(item.getFieldName(), new LiveFile(item));
			break;
		}
		setMultipartFiles(files);
	}

	private static String readField(FileItemStream item) throws IOException {
		try (InputStream in = item.openStream()) {
			byte[] value = in.readNBytes(MAX_FIELD_BYTES + 1);
			if (value.length > MAX_FIELD_BYTES) {
				throw new FileUploadException("Form field " + item.getFieldName() + " is longer than " + MAX_FIELD_BYTES);
			}
			return new String(value, StandardCharsets.UTF_8);
		}
	}

	/**
	 * At the end of the file: the rest of the body. A field there would have been missing when the handler's
	 * arguments were bound, so it is refused instead of ignored.
	 */
	private void readTail() throws IOException {
		while (items.hasNext()) {
			FileItemStream item = items.next();
			try (InputStream in = item.openStream()) {
				if (!item.isFormField()) {
					in.transferTo(java.io.OutputStream.nullOutputStream());
					continue;
				}
				byte[] value = in.readNBytes(MAX_FIELD_BYTES);
				if (!new String(value, StandardCharsets.UTF_8).isBlank()) {
					throw new InvalidInputException(item.getFieldName(),
							Wording.of("error.request.field-after-file", item.getFieldName()));
				}
			}
		}
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

		private final FileItemStream item;

		private final String name;

		private boolean opened;

		LiveFile(FileItemStream item) {
			this.item = item;
			this.name = item.getName();
		}

		@Override
		public String getName() {
			return item.getFieldName();
		}

		@Override
		public String getOriginalFilename() {
			return name;
		}

		@Override
		public String getContentType() {
			return item.getContentType();
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
			return new BodyStream(item.openStream());
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
	 * The file's bytes from the request; the size limits the parser counts become the 413 every upload path
	 * answers, and the end of the file reads the rest of the body ({@link #readTail}).
	 */
	private final class BodyStream extends InputStream {

		private final InputStream in;

		private boolean ended;

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
			try {
				int read = in.read(buffer, offset, length);
				if (read == -1) {
					ended = true;
					readTail();
				}
				return read;
			}
			catch (FileUploadIOException e) {
				if (e.getCause() instanceof SizeException size) {
					throw new MaxUploadSizeExceededException(size.getPermittedSize(), size);
				}
				throw e;
			}
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}
}
