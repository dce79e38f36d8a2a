package jp.kyoyu.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * An S3 object read through Range GETs: the first read at a position asks for {@code bytes=<position>-} and
 * keeps reading that response while the reads follow on; moving elsewhere abandons it and the next read asks
 * again. So a whole download is one request, a Range download or Tink's seek to a segment one more, and nothing
 * is held in memory but the copy buffer.
 */
final class S3ReadChannel implements SeekableByteChannel {

	/** Opens the object's bytes from the given offset to its end. */
	interface RangeReader {
		ResponseInputStream<GetObjectResponse> from(long offset) throws IOException;
	}

	private final RangeReader reader;

	private final long size;

	private ResponseInputStream<GetObjectResponse> response;

	private long responsePosition;

	private long position;

	private boolean open = true;

	S3ReadChannel(RangeReader reader, long size) {
		this.reader = reader;
		this.size = size;
	}

	@Override
	public int read(ByteBuffer target) throws IOException {
		requireOpen();
		if (position >= size) {
			return -1;
		}
		if (!target.hasRemaining()) {
			return 0;
		}
		if (response == null || responsePosition != position) {
			abandon();
			response = reader.from(position);
			responsePosition = position;
		}
		int wanted = (int) Math.min(target.remaining(), size - position);
		byte[] chunk = target.hasArray() ? target.array() : new byte[wanted];
		int offset = target.hasArray() ? target.arrayOffset() + target.position() : 0;
		int read = response.read(chunk, offset, wanted);
		if (read == -1) {
			throw new IOException("The object ended at " + position + " of " + size + " bytes");
		}
		if (target.hasArray()) {
			target.position(target.position() + read);
		}
		else {
			target.put(chunk, 0, read);
		}
		position += read;
		responsePosition += read;
		return read;
	}

	@Override
	public long position() {
		return position;
	}

	@Override
	public SeekableByteChannel position(long newPosition) throws IOException {
		requireOpen();
		if (newPosition < 0) {
			throw new IllegalArgumentException("negative position " + newPosition);
		}
		position = newPosition;
		return this;
	}

	@Override
	public long size() throws IOException {
		requireOpen();
		return size;
	}

	@Override
	public int write(ByteBuffer source) {
		throw new NonWritableChannelException();
	}

	@Override
	public SeekableByteChannel truncate(long newSize) {
		throw new NonWritableChannelException();
	}

	@Override
	public boolean isOpen() {
		return open;
	}

	@Override
	public void close() {
		open = false;
		abandon();
	}

	/**
	 * A response read to its end is closed (its connection can be used again); one left half-way is aborted:
	 * closing would first read the rest of an open-ended range, maybe gigabytes.
	 */
	private void abandon() {
		if (response == null) {
			return;
		}
		if (responsePosition >= size) {
			try {
				response.close();
			}
			catch (IOException e) {
				response.abort();
			}
		}
		else {
			response.abort();
		}
		response = null;
	}

	private void requireOpen() throws ClosedChannelException {
		if (!open) {
			throw new ClosedChannelException();
		}
	}
}
