package jp.kyoyu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import org.springframework.util.unit.DataSize;

import com.google.crypto.tink.StreamingAead;

/**
 * Takes an upload in one pass (issue #21, *Uploads through HTTP*): each 256 KB read from the request (or a file) is
 * counted, hashed and handed to Tink's encrypting stream, whose ciphertext is the only thing written; the file is
 * fsynced at the end. No plaintext copy is written and nothing is read twice, so an upload costs what a durable
 * copy ({@code cp} + {@code sync}) of its bytes costs. The heap use does not depend on the file size (one buffer,
 * one 1 MB Tink segment). Stops the moment the limit is passed.
 */
final class StreamingWrite {

	private static final int BUFFER = 256 * 1024;

	private StreamingWrite() {
	}

	/**
	 * Encrypts {@code content} with {@code key} into {@code target} (an existing, empty temp file) while hashing
	 * the plaintext into {@code sha256}.
	 *
	 * @return the number of plaintext bytes
	 * @throws FileTooLargeException past {@code limit}; what was written is the caller's to delete
	 */
	static long seal(InputStream content, StreamingAead key, byte[] associatedData, Path target, MessageDigest sha256,
			DataSize limit) throws IOException {
		long size = 0;
		byte[] buffer = new byte[BUFFER];
		try (OutputStream out = key.newEncryptingStream(
				Channels.newOutputStream(FileChannel.open(target, StandardOpenOption.WRITE)), associatedData)) {
			int read;
			while ((read = content.read(buffer)) != -1) {
				size += read;
				if (size > limit.toBytes()) {
					throw new FileTooLargeException(limit);
				}
				sha256.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot encrypt an upload", e);
		}
		// Closing the encrypting stream wrote the last segment; only now is the whole ciphertext there to sync.
		try (FileChannel written = FileChannel.open(target, StandardOpenOption.WRITE)) {
			written.force(true);
		}
		return size;
	}
}
