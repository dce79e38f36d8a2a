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
 * survives a crash. The offset is the part's length. With several nodes the directory is on a mount all of them
 * share (issue #18, docs/scaling.md), so any node can take the next chunk; with {@code kyoyu.storage.kind=s3} the
 * chunks go to the bucket instead ({@link BucketUploadParts}).
 */
@Component
class UploadParts implements UploadBytes {

	private final Path directory;

	UploadParts(@Value("${kyoyu.document.upload-directory:${kyoyu.data-dir:./data}/uploads}") Path directory) {
		this.directory = directory;
	}

	Path path(String uploadId) {
		return directory.resolve(uploadId + ".part");
	}

	@Override
	public void create(String uploadId) {
		try {
			Files.createDirectories(directory);
			Files.deleteIfExists(path(uploadId));
			Files.createFile(path(uploadId));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public long length(String uploadId) {
		try {
			return Files.size(path(uploadId));
		}
		catch (IOException e) {
			return -1;
		}
	}

	/**
	 * Streams a chunk's body into a file of its own, {@code <uuid>.<random>.incoming} next to the part, never more than
	 * {@code room} bytes. A body that breaks off keeps the bytes that arrived (the client asks the offset and goes
	 * on). The part itself is not touched: two transfers of one upload on two nodes may receive at once, and only
	 * {@link #append} under the upload's row lock decides which of them counts.
	 */
	@Override
	public Chunk receive(Upload upload, InputStream body, long room) {
		String uploadId = upload.id();
		long length = 0;
		Path incoming = directory.resolve(uploadId + "." + UUID.randomUUID() + ".incoming");
		boolean tooMuch = false;
		try {
			Files.createDirectories(directory);
			try (FileChannel out = FileChannel.open(incoming, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				byte[] buffer = new byte[256 * 1024];
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
		return new Chunk(incoming.toString(), length, tooMuch);
	}

	/**
	 * Appends a received chunk to the part and fsyncs it, so what the server acknowledges survives a crash, then
	 * removes the chunk's file. A copy within one directory, fast next to the network transfer, which is why the
	 * caller may hold a lock meanwhile.
	 */
	@Override
	public void append(Upload upload, long offset, Chunk chunk) {
		try (FileChannel in = FileChannel.open(Path.of(chunk.where()), StandardOpenOption.READ);
				FileChannel out = FileChannel.open(path(upload.id()), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
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
		discard(chunk);
	}

	@Override
	public void discard(Chunk chunk) {
		discard(Path.of(chunk.where()));
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
	@Override
	public int deleteOrphans(Predicate<String> uploadExists, Instant before) {
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

	@Override
	public InputStream open(Upload upload) throws IOException {
		return Files.newInputStream(path(upload.id()));
	}

	@Override
	public void erase(String uploadId) {
		try {
			Files.deleteIfExists(path(uploadId));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not delete upload " + uploadId, e);
		}
	}

	@Override
	public void delete(String uploadId) {
		try {
			Files.deleteIfExists(path(uploadId));
		}
		catch (IOException e) {
			// the hourly sweep tries again
		}
	}
}
