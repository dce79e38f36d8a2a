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
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.TempFiles;

/**
 * The part files of resumable uploads, {@code <directory>/<uuid>.part}: appended through one 256 KB buffer and
 * fsynced, so memory stays flat and what the server acknowledged survives a crash. The offset is the file's length.
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

	/**
	 * Appends the body, never past {@code limit} bytes in all. A body that breaks off keeps the bytes that
	 * arrived (the client asks the offset and goes on); returns whether more arrived than allowed.
	 */
	boolean append(String uploadId, InputStream body, long limit) {
		boolean tooMuch = false;
		try (FileChannel out = FileChannel.open(path(uploadId), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
			byte[] buffer = new byte[256 * 1024];
			long length = out.size();
			try {
				int read;
				while ((read = body.read(buffer)) != -1) {
					int keep = (int) Math.min(read, limit - length);
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
			out.force(true);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tooMuch;
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
