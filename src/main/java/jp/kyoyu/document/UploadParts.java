package jp.kyoyu.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.TempFiles;

/**
 * The part files of resumable uploads, {@code <directory>/<uuid>.part}: each chunk is received through one 256 KB
 * buffer into a file of its own, then appended and fsynced, so memory stays flat and what the server acknowledged
 * survives a crash. The offset is the part's length. The directory is shared by all nodes (issue #18,
 * docs/scaling.md), so any node can take the next chunk.
 */
@Component
class UploadParts {

	private final Path directory;

	UploadParts(@Value("${kyoyu.document.upload-directory:${kyoyu.data-dir:./data}/uploads}") Path directory) {
		this.directory = directory;
	}

	Path path(String uploadId) {
		return directory.resolve(uploadId + ".part");
	}

	void create(String uploadId) {
		try {
			Files.createDirectories(directory);
			Files.deleteIfExists(path(uploadId));
			Files.createFile(path(uploadId));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	long length(String uploadId) {
		try {
			return Files.size(path(uploadId));
		}
		catch (IOException e) {
			return -1;
		}
	}

	/** A chunk received in full (or up to where the connection broke off), not yet part of its upload. */
	record Incoming(Path path, boolean tooMuch) {
	}

	/**
	 * Streams a chunk's body into a file of its own, {@code <uuid>.<random>.incoming} next to the part, never more than
	 * {@code room} bytes. A body that breaks off keeps the bytes that arrived (the client asks the offset and goes
	 * on). The part itself is not touched: two transfers of one upload on two nodes may receive at once, and only
	 * {@link #append} under the upload's row lock decides which of them counts.
	 */
	Incoming receive(String uploadId, InputStream body, long room) {
		Path incoming = directory.resolve(uploadId + "." + UUID.randomUUID() + ".incoming");
		boolean tooMuch = false;
		try {
			Files.createDirectories(directory);
			try (FileChannel out = FileChannel.open(incoming, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				byte[] buffer = new byte[256 * 1024];
				long length = 0;
				try {
					int read;
					while ((read = body.read(buffer)) != -1) {
						int keep = (int) Math.min(read, room - length);
						ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, Math.max(keep, 0));
						while (chunk.hasRemaining()) {
							length += out.write(chunk);
						}
						if (keep < read) {
							tooMuch = true;
							break;
						}
					}
				}
				catch (IOException dropped) {
					// the connection broke off: keep what arrived, the client resumes from the offset
				}
			}
		}
		catch (IOException e) {
			discard(incoming);
			throw new UncheckedIOException(e);
		}
		return new Incoming(incoming, tooMuch);
	}

	/**
	 * Appends a received chunk to the part and fsyncs it, so what the server acknowledges survives a crash. A copy
	 * within one directory, fast next to the network transfer, which is why the caller may hold a lock meanwhile.
	 */
	void append(String uploadId, Incoming chunk) {
		try (FileChannel in = FileChannel.open(chunk.path(), StandardOpenOption.READ);
				FileChannel out = FileChannel.open(path(uploadId), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
			long size = in.size();
			long copied = 0;
			while (copied < size) {
				copied += in.transferTo(copied, size - copied, out);
			}
			out.force(true);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void discard(Incoming chunk) {
		discard(chunk.path());
	}

	private static void discard(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			// the hourly sweep removes it (an .incoming file names no upload)
		}
	}

	/**
	 * Deletes part files whose upload is gone (its row was never committed, or went without its file) once nobody
	 * wrote them since {@code before}; answers how many went.
	 */
	int deleteOrphans(Predicate<String> uploadExists, Instant before) {
		int deleted = 0;
		for (Path part : TempFiles.entries(directory)) {
			String name = part.getFileName().toString();
			String uploadId = name.endsWith(".part") ? name.substring(0, name.length() - ".part".length()) : name;
			if (!uploadExists.test(uploadId) && TempFiles.deleteIfUntouchedSince(part, before)) {
				deleted++;
			}
		}
		return deleted;
	}

	InputStream open(String uploadId) throws IOException {
		return Files.newInputStream(path(uploadId));
	}

	void delete(String uploadId) {
		try {
			Files.deleteIfExists(path(uploadId));
		}
		catch (IOException e) {
			// the hourly sweep tries again
		}
	}
}
