package jp.kyoyu.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The files of one form field, as they arrive (issue #21): on a streamed upload ({@link StreamedUploadFilter}) each
 * file's stream is the request body itself, so a handler taking several files reads them one after the other,
 * straight into the store, and never holds a list of them. Spring's binding of a {@code List<MultipartFile>} cannot
 * do that: it needs every part, and so the whole body on disk, before the handler runs.
 * <p>
 * Iterate once. A file's name and type are known before any byte of it is read (so asking {@code hasNext()} for the
 * first file reads nothing of it); a file not read to its end is skipped when the next one is asked for. File parts without a name (an empty file input) are not files.
 * Elsewhere (a request the filter does not stream) the same view over Spring's parts.
 */
public final class ArrivingFiles implements Iterable<MultipartFile> {

	private final Iterator<MultipartFile> files;

	private boolean iterated;

	private ArrivingFiles(Iterator<MultipartFile> files) {
		this.files = files;
	}

	/** The files the request sends as {@code field}. */
	public static ArrivingFiles of(HttpServletRequest request, String field) {
		StreamedMultipartRequest streamed = WebUtils.getNativeRequest(request, StreamedMultipartRequest.class);
		if (streamed != null) {
			return new ArrivingFiles(streamed.files(field));
		}
		MultipartHttpServletRequest parsed = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		List<MultipartFile> files = parsed == null ? List.of()
				: parsed.getFiles(field).stream().filter(file -> !isBlank(file.getOriginalFilename())).toList();
		return new ArrivingFiles(files.iterator());
	}

	@Override
	public Iterator<MultipartFile> iterator() {
		if (iterated) {
			throw new IllegalStateException("Arriving files can be read only once");
		}
		iterated = true;
		return files;
	}

	/** What a module makes of one arriving file (its own record of stream, name and type). */
	@FunctionalInterface
	public interface Opened<T> {

		T of(InputStream content, String name, String contentType);
	}

	/**
	 * The files as a module's own records, for a store that takes them one after the other: each file's stream is
	 * opened only when the store asks for that file, and the one before it is closed (read to its end by then).
	 * Iterate once.
	 */
	public <T> Iterable<T> as(Opened<T> opened) {
		Iterator<MultipartFile> arriving = iterator();
		return () -> new Iterator<>() {

			/** The stream handed out last: the store has read it when the next file is asked for. */
			private InputStream given;

			@Override
			public boolean hasNext() {
				closeGiven();
				return arriving.hasNext();
			}

			@Override
			public T next() {
				closeGiven();
				MultipartFile file = arriving.next();
				try {
					given = file.getInputStream();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				return opened.of(given, file.getOriginalFilename(), file.getContentType());
			}

			private void closeGiven() {
				if (given == null) {
					return;
				}
				try {
					given.close();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				given = null;
			}
		};
	}

	private static boolean isBlank(String name) {
		return name == null || name.isBlank();
	}
}
