package jp.kyoyu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

import org.springframework.util.unit.DataSize;

/**
 * Copies an upload to its temp file through one 256 KB buffer, hashing and counting on the way, so the heap use
 * does not depend on the file size; stops the moment the limit is passed and fsyncs what it wrote.
 */
final class StreamingWrite {

	private static final int BUFFER = 256 * 1024;

	private StreamingWrite() {
	}

	/** @return the number of bytes written */
	static long write(InputStream content, Path temp, MessageDigest sha256, DataSize limit) throws IOException {
		long size = 0;
		byte[] buffer = new byte[BUFFER];
		try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
			int read;
			while ((read = content.read(buffer)) != -1) {
				size += read;
				if (size > limit.toBytes()) {
					throw new FileTooLargeException(limit);
				}
				sha256.update(buffer, 0, read);
				ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
				while (chunk.hasRemaining()) {
					out.write(chunk);
				}
			}
			out.force(true);
		}
		return size;
	}
}
