package jp.kyoyu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import org.springframework.util.unit.DataSize;

import com.google.crypto.tink.StreamingAead;

/**
 * Takes an upload in one pass (issue #21, *Uploads through HTTP*): each 256 KB read from the request (or a file) is
 * counted, hashed and handed to Tink's encrypting stream, whose ciphertext is the only thing written: into a local
 * temp file, fsynced at the end, or with {@code kind=s3} straight into a multipart upload in the bucket (no local
 * copy at all). Nothing is read twice, so an upload costs what a durable copy ({@code cp} + {@code sync}) of its
 * bytes costs. The heap use does not depend on the file size (one buffer, one 1 MB Tink segment, and on S3 one
 * part). Stops the moment the limit is passed.
 */
final class StreamingWrite {

	private static final int BUFFER = 256 * 1024;

	private StreamingWrite() {
	}

	/**
	 * Encrypts {@code content} with {@code key} into {@code target} while hashing the plaintext into {@code sha256},
	 * then {@linkplain ObjectStore.Arriving#finish() finishes} it (fsync, or the multipart upload's completion).
	 *
	 * @return the number of plaintext bytes
	 * @throws FileTooLargeException past {@code limit}; closing {@code target} removes what was written
	 */
	static long seal(InputStream content, StreamingAead key, byte[] associatedData, ObjectStore.Arriving target,
			MessageDigest sha256, DataSize limit) throws IOException {
		long size = 0;
		byte[] buffer = new byte[BUFFER];
		try (OutputStream out = key.newEncryptingStream(target.output(), associatedData)) {
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
		// Closing the encrypting stream wrote the last segment; only now is the whole ciphertext there to finish.
		target.finish();
		return size;
	}
}
