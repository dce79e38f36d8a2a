package jp.kyoyu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;

import org.springframework.core.io.AbstractResource;

import com.google.crypto.tink.StreamingAead;

/**
 * An encrypted object read as its plaintext, on demand and never whole. {@link #contentLength()} is the
 * plaintext size, and the stream's {@code skip} seeks the decrypting channel, so Spring MVC's Range answer
 * (skip to the start, copy the length) decrypts only the segments it sends.
 */
final class DecryptedObject extends AbstractResource {

	private final Path object;

	private final StreamingAead key;

	private final byte[] associatedData;

	private final long size;

	DecryptedObject(Path object, StreamingAead key, byte[] associatedData, long size) {
		this.object = object;
		this.key = key;
		this.associatedData = associatedData;
		this.size = size;
	}

	@Override
	public InputStream getInputStream() throws IOException {
		FileChannel file = FileChannel.open(object, StandardOpenOption.READ);
		try {
			return new SeekingStream(key.newSeekableDecryptingChannel(file, associatedData), size);
		}
		catch (GeneralSecurityException | IOException e) {
			file.close();
			throw new IOException("Cannot decrypt " + object.getFileName(), e);
		}
	}

	@Override
	public boolean exists() {
		return Files.isReadable(object);
	}

	@Override
	public long contentLength() {
		return size;
	}

	@Override
	public long lastModified() throws IOException {
		return Files.getLastModifiedTime(object).toMillis();
	}

	@Override
	public String getDescription() {
		return "encrypted object " + object.getFileName();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DecryptedObject that && that.object.equals(object);
	}

	@Override
	public int hashCode() {
		return object.hashCode();
	}

	/**
	 * An input stream over the decrypting channel whose skip is a seek. It keeps the position itself: Tink's
	 * channel answers -1 to {@code position()} (and fails {@code size()}) before its first read.
	 */
	private static final class SeekingStream extends InputStream {

		private final SeekableByteChannel channel;

		private final long size;

		private long position;

		SeekingStream(SeekableByteChannel channel, long size) {
			this.channel = channel;
			this.size = size;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			// The end is known from the row: Tink's channel answers 0, not -1, at the end of an empty plaintext,
			// so waiting for -1 would spin forever on an empty file.
			if (position >= size) {
				return -1;
			}
			ByteBuffer target = ByteBuffer.wrap(buffer, offset, length);
			int read;
			do {
				read = channel.read(target);
			}
			while (read == 0);
			if (read > 0) {
				position += read;
			}
			return read;
		}

		@Override
		public long skip(long n) throws IOException {
			if (n <= 0) {
				return 0;
			}
			long from = position;
			long to = Math.min(size, from + n);
			channel.position(to);
			position = to;
			return to - from;
		}

		@Override
		public int available() throws IOException {
			return (int) Math.min(Integer.MAX_VALUE, Math.max(0, size - position));
		}

		@Override
		public void close() throws IOException {
			channel.close();
		}
	}
}
