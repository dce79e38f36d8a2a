package jp.kyoyu.storage;

import java.io.IOException;
import java.io.InputStream;

/** A stream of {@code size} pseudo-random bytes made on the fly, so a test can upload far more than it holds. */
class GeneratedInput extends InputStream {

	private final long size;

	private long sent;

	private long state = 0x9E3779B97F4A7C15L;

	GeneratedInput(long size) {
		this.size = size;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (sent >= size) {
			return -1;
		}
		int count = (int) Math.min(length, size - sent);
		for (int i = 0; i < count; i++) {
			// xorshift: cheap, and not compressible or de-duplicable by accident
			state ^= state << 13;
			state ^= state >>> 7;
			state ^= state << 17;
			buffer[offset + i] = (byte) state;
		}
		sent += count;
		return count;
	}
}
