package jp.kyoyu.delivery;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an export writes its entries: a ZIP file or a directory. Paths use {@code /} and are relative to the
 * root. One file at a time: the stream returned by {@link #file} is closed before the next call.
 */
interface ExportSink extends Closeable {

	void directory(String path) throws IOException;

	/** @param size the size when known (lets the ZIP avoid Zip64 fields for small entries), else -1 */
	OutputStream file(String path, long size) throws IOException;

	default void bytes(String path, byte[] content) throws IOException {
		try (OutputStream out = file(path, content.length)) {
			out.write(content);
		}
	}
}
