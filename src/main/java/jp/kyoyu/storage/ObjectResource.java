package jp.kyoyu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.security.GeneralSecurityException;

import org.springframework.core.io.AbstractResource;

import com.google.crypto.tink.StreamingAead;

/**
 * An object read as its plaintext, on demand and never whole, from whichever {@link ObjectStore}: an encrypted
 * object through its project's key, a plaintext one (from before encryption) as it is. {@link #contentLength()}
 * is the plaintext size, and the stream's {@code skip} seeks the (decrypting) channel, so Spring MVC's Range answer
 * (skip to the start, copy the length) decrypts only the segments it sends, and on S3 fetches only those.
 */
final class ObjectResource extends AbstractResource {

	private final ObjectStore store;

	private final ObjectRef object;

	/** null for a plaintext object */
	private final StreamingAead key;

	private final byte[] associatedData;

	private final long size;

	private ObjectResource(ObjectStore store, ObjectRef object, StreamingAead key, byte[] associatedData, long size) {
		this.store = store;
		this.object = object;
		this.key = key;
		this.associatedData = associatedData;
		this.size = size;
	}

	static ObjectResource decrypted(ObjectStore store, ObjectRef object, StreamingAead key, byte[] associatedData,
			long size) {
		return new ObjectResource(store, object, key, associatedData, size);
	}

	static ObjectResource plaintext(ObjectStore store, ObjectRef object, long size) {
		return new ObjectResource(store, object, null, null, size);
	}

	/** @throws java.nio.file.NoSuchFileException when the object is gone */
	@Override
	public InputStream getInputStream() throws IOException {
		SeekableByteChannel stored = store.open(object);
		if (key == null) {
			return new SeekingStream(stored, size);
		}
		try {
			return new SeekingStream(key.newSeekableDecryptingChannel(stored, associatedData), size);
		}
		catch (GeneralSecurityException | IOException e) {
			stored.close();
			throw new IOException("Cannot decrypt " + object.sha256(), e);
		}
	}

	@Override
	public boolean exists() {
		try {
			return store.exists(object);
		}
		catch (IOException e) {
			return false;
		}
	}

	@Override
	public long contentLength() {
		return size;
	}

	@Override
	public String getDescription() {
		return (key == null ? "plaintext object " : "encrypted object ") + object.sha256();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ObjectResource that && that.object.equals(object) && that.store == store;
	}

	@Override
	public int hashCode() {
		return object.hashCode();
	}

	/**
	 * An input stream over the (decrypting) channel whose skip is a seek. It keeps the position itself: Tink's
	 * channel answers -1 to {@code position()} (and fails {@code size()}) before its first read.
	 */
	static final class SeekingStream extends InputStream {

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
