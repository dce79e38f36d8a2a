package jp.kyoyu.delivery;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file of a document: its name as shown in Kyoyu, its size and SHA-256 (lower-case hex) and a way to read
 * its bytes when the export reaches it (never before, so a 5 GB export holds no file in memory).
 */
public record ExportFile(String name, long size, String sha256, Content content) {

	/** Opens the bytes; the caller closes the stream. */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;
	}
}
